package org.imc.platform.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.BusinessException;

import java.time.LocalDate;

/**
 * A learner's place in a session. One row per learner and session: enrolling again after a
 * withdrawal reuses it. Changes go through {@link #moveTo} so the state machine is always obeyed.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity {

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "over_enrolled", nullable = false)
    private boolean overEnrolled;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Enrolment() {
    }

    Enrolment(Long sessionId, Long userId, EnrolmentStatus status, Integer waitlistPosition) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.status = status;
        this.waitlistPosition = waitlistPosition;
    }

    void moveTo(EnrolmentStatus next, Integer position) {
        if (!status.canBecome(next)) {
            throw new BusinessException("learning.error.transition", status.name(), next.name());
        }
        status = next;
        waitlistPosition = next == EnrolmentStatus.WAITLISTED ? position : null;
        if (next != EnrolmentStatus.ENROLLED && !EnrolmentStatus.OUTCOMES.contains(next)) {
            overEnrolled = false;
        }
    }

    void setWaitlistPosition(Integer waitlistPosition) {
        this.waitlistPosition = waitlistPosition;
    }

    void setOverEnrolled(boolean overEnrolled) {
        this.overEnrolled = overEnrolled;
    }

    void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getUserId() {
        return userId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public boolean isOverEnrolled() {
        return overEnrolled;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
