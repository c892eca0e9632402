package org.imc.platform.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.PlainText;

import java.time.LocalDate;

/** A visit between the two cities of a partnership: who hosts, when, who went, what came of it. */
@Entity
@Table(name = "twinning_exchange")
public class Exchange extends BaseEntity {

    @Column(name = "twinning_id", nullable = false, updatable = false)
    private Long twinningId;

    @NotNull(message = "{validation.required}")
    @Column(name = "host_id", nullable = false)
    private Long hostId;

    @NotNull(message = "{validation.required}")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 500)
    private String participants = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String topic = "";

    @Size(max = 2000, message = "{validation.max-length}")
    @PlainText
    @Column(length = 2000)
    private String outcome;

    public Exchange() {
    }

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public Exchange copy() {
        Exchange copy = new Exchange();
        copy.twinningId = twinningId;
        copy.copyFrom(this);
        return copy;
    }

    void copyFrom(Exchange other) {
        hostId = other.hostId;
        startDate = other.startDate;
        endDate = other.endDate;
        participants = other.participants == null ? null : other.participants.trim();
        topic = other.topic == null ? null : other.topic.trim();
        outcome = other.outcome == null || other.outcome.isBlank() ? null : other.outcome.trim();
    }

    void belongsTo(Long twinningId) {
        this.twinningId = twinningId;
    }

    public Long getTwinningId() {
        return twinningId;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
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

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
