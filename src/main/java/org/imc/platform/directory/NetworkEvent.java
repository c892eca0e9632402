package org.imc.platform.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.FreeText;

/**
 * A conference or assembly of the network.
 */
@Entity
@Table(name = "network_event")
public class NetworkEvent extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(nullable = false, length = 200)
    private String organiser = "";

    @Column(length = 120)
    private String place;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(length = 300)
    private String link;

    public NetworkEvent() {}

    /** The values as a form edits them (a copy: a cancelled or refused edit never touches this record). */
    public EventData data() {
        return new EventData(name, organiser, place, startDate, endDate, link);
    }

    void copyFrom(EventData data) {
        name = data.name().trim();
        organiser = data.organiser().trim();
        place = FreeText.trimmedOrNull(data.place());
        startDate = data.startDate();
        endDate = data.endDate();
        link = FreeText.trimmedOrNull(data.link());
    }

    /** What the audit trail keeps of it. */
    public Map<String, Object> snapshot() {
        return Snapshot.of(
                "name",
                name,
                "organiser",
                organiser,
                "place",
                place,
                "startDate",
                startDate,
                "endDate",
                endDate,
                "link",
                link);
    }

    public String getName() {
        return name;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getLink() {
        return link;
    }

    /** The event as an all-day calendar entry; {@code pageUrl} is where it is listed. */
    public String calendar(String pageUrl) {
        return org.imc.platform.base.Calendars.allDay(
                new org.imc.platform.base.Calendars.Entry(
                        "imc-event-" + getId() + "@imc", name, organiser, place, link == null ? pageUrl : link),
                startDate,
                endDate);
    }
}
