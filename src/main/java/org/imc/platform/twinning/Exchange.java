package org.imc.platform.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/**
 * A visit between the two cities of a partnership: who hosts, when, who went, what came of it.
 * Forms edit an {@link ExchangeData}; the exchange copies it.
 */
@Entity
@Table(name = "twinning_exchange")
public class Exchange extends BaseEntity {

    @Column(name = "twinning_id", nullable = false, updatable = false)
    private Long twinningId;

    @Column(name = "host_id", nullable = false)
    private Long hostMunicipalityId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false, length = ExchangeData.PARTICIPANTS_MAX)
    private String participants;

    @Column(nullable = false, length = ExchangeData.TOPIC_MAX)
    private String topic;

    @Column(length = ExchangeData.OUTCOME_MAX)
    private String outcome;

    protected Exchange() {}

    Exchange(Long twinningId, ExchangeData data) {
        this.twinningId = twinningId;
        update(data);
    }

    /** Takes the (validated) values a user wrote, trimmed; a blank outcome is none. */
    void update(ExchangeData data) {
        hostMunicipalityId = data.hostMunicipalityId();
        startDate = data.startDate();
        endDate = data.endDate();
        participants = data.participants().trim();
        topic = data.topic().trim();
        outcome = data.outcome() == null || data.outcome().isBlank()
                ? null
                : data.outcome().trim();
    }

    Map<String, Object> snapshot() {
        return Snapshot.of(
                "twinning", twinningId,
                "host", hostMunicipalityId,
                "start", startDate,
                "end", endDate,
                "participants", participants,
                "topic", topic,
                "outcome", outcome);
    }

    public Long getTwinningId() {
        return twinningId;
    }

    public Long getHostMunicipalityId() {
        return hostMunicipalityId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getParticipants() {
        return participants;
    }

    public String getTopic() {
        return topic;
    }

    public String getOutcome() {
        return outcome;
    }
}
