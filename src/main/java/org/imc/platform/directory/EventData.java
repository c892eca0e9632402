package org.imc.platform.directory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.imc.platform.base.PlainText;

/**
 * An event of the network as the form edits it and the service validates it; the entity copies from it.
 */
public class EventData {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    private String name = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    private String organiser = "";

    @Size(max = 120, message = "{validation.max-length}")
    @PlainText
    private String place;

    @NotNull(message = "{validation.required}")
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    private LocalDate endDate;

    @Size(max = 300, message = "{validation.max-length}")
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{validation.url}")
    private String link;

    public EventData() {}

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
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
