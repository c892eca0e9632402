package org.imc.platform.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.PlainText;

import java.time.LocalDate;

/**
 * A conference or assembly of the network.
 */
@Entity
@Table(name = "network_event")
public class NetworkEvent extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String name = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String organiser = "";

    @Size(max = 120, message = "{validation.max-length}")
    @PlainText
    @Column(length = 120)
    private String place;

    @NotNull(message = "{validation.required}")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Size(max = 300, message = "{validation.max-length}")
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{validation.url}")
    @Column(length = 300)
    private String link;

    public NetworkEvent() {
    }

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public NetworkEvent copy() {
        NetworkEvent copy = new NetworkEvent();
        copy.name = name;
        copy.organiser = organiser;
        copy.place = place;
        copy.startDate = startDate;
        copy.endDate = endDate;
        copy.link = link;
        return copy;
    }

    void copyFrom(NetworkEvent other) {
        name = other.name.trim();
        organiser = other.organiser.trim();
        place = other.place == null || other.place.isBlank() ? null : other.place.trim();
        startDate = other.startDate;
        endDate = other.endDate;
        link = other.link == null || other.link.isBlank() ? null : other.link.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
