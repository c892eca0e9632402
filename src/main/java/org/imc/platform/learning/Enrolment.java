package org.imc.platform.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Translatable;

/**
 * A learner's place in a session. One row per learner and session: enrolling again after a
 * withdrawal reuses it. Every change is an {@link EnrolmentAction} applied here, and one that
 * the current status does not allow ({@link EnrolmentStatus}) is refused.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity {

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long learnerUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "over_enrolled", nullable = false)
    private boolean overEnrolled;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Enrolment() {}

    /** A learner's first enrolment in a session: from where a withdrawn learner stands. */
    static Enrolment start(Long sessionId, Long learnerUserId, EnrolmentAction action, Integer waitlistPosition) {
        Enrolment e = new Enrolment();
        e.sessionId = sessionId;
        e.learnerUserId = learnerUserId;
        e.status = EnrolmentStatus.WITHDRAWN;
        e.apply(action, waitlistPosition);
        return e;
    }

    /** {@link #apply(EnrolmentAction, Integer)} for an action that needs no waitlist position. */
    void apply(EnrolmentAction action) {
        apply(action, null);
    }

    /**
     * Takes {@code action}; {@code waitlistPosition} is where JOIN_WAITLIST queues. Leaving the
     * seated statuses ends an over-enrolment; COMPLETE records no date (see {@link #complete}).
     */
    void apply(EnrolmentAction action, Integer waitlistPosition) {
        EnrolmentStatus next = requireAllowed(action);
        status = next;
        this.waitlistPosition = next == EnrolmentStatus.WAITLISTED ? waitlistPosition : null;
        if (action == EnrolmentAction.OVER_ENROL) {
            overEnrolled = true;
        } else if (next != EnrolmentStatus.ENROLLED && !EnrolmentStatus.OUTCOMES.contains(next)) {
            overEnrolled = false;
        }
    }

    /** Records a completion on {@code day}. */
    void complete(LocalDate day) {
        apply(EnrolmentAction.COMPLETE);
        completedOn = day;
    }

    /** Moves to another session of the same course, keeping the status; a seat there is an ordinary one. */
    void moveTo(Long targetSessionId) {
        requireAllowed(EnrolmentAction.MOVE);
        sessionId = targetSessionId;
        overEnrolled = false;
    }

    /** The status {@code action} leads to from here; refused with the reason when this status does not allow it. */
    EnrolmentStatus requireAllowed(EnrolmentAction action) {
        return status.after(action).orElseThrow(() -> refusal(action));
    }

    private BusinessException refusal(EnrolmentAction action) {
        if (action == EnrolmentAction.MOVE) {
            return new BusinessException("learning.error.move-status");
        }
        Object aim = action == EnrolmentAction.OVER_ENROL
                ? new Translatable("learning.status.over-enrolled")
                : EnrolmentStatus.aimOf(action)
                        .<Object>map(s -> Translatable.of("learning.status.", s))
                        .orElse("—");
        return new BusinessException("learning.error.transition", Translatable.of("learning.status.", status), aim);
    }

    /** What the audit trail keeps of an enrolment. */
    Map<String, Object> snapshot() {
        return Snapshot.of(
                "sessionId",
                sessionId,
                "userId",
                learnerUserId,
                "status",
                status,
                "waitlistPosition",
                waitlistPosition,
                "overEnrolled",
                overEnrolled);
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getLearnerUserId() {
        return learnerUserId;
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
