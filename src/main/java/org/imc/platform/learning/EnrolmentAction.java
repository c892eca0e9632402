package org.imc.platform.learning;

/**
 * What can happen to an enrolment. Which status each leads to is listed in
 * {@link EnrolmentStatus}; who may take it is decided by {@link EnrolmentService}.
 * <p>
 * Enrolling has three actions because it has three results: the service picks {@link #ENROL},
 * {@link #REQUEST} or {@link #JOIN_WAITLIST} from the seats left and the session's approval rule
 * ({@link #forEnrolment}); likewise {@link Seats} picks {@link #PROMOTE} or
 * {@link #PROMOTE_TO_PENDING} when it hands a free seat to the head of the waitlist.
 */
public enum EnrolmentAction {
    /** Takes a free seat in a session without approval. */
    ENROL,
    /** Takes a free seat that the trainer still has to approve. */
    REQUEST,
    /** Queues at the end of a full session's waitlist. */
    JOIN_WAITLIST,
    WITHDRAW,
    APPROVE,
    REJECT,
    /** A free seat goes to the head of the waitlist. */
    PROMOTE,
    /** As {@link #PROMOTE}, in a session whose trainer approves each enrolment. */
    PROMOTE_TO_PENDING,
    /** The trainer seats a waitlisted learner beyond the capacity. */
    OVER_ENROL,
    COMPLETE,
    FAIL,
    NO_SHOW,
    /** To another session of the same course; the status stays. */
    MOVE;

    /** The enrolling action the seats decide: a free seat (approved or not) or the waitlist. */
    static EnrolmentAction forEnrolment(boolean seatFree, boolean approvalRequired) {
        if (!seatFree) {
            return JOIN_WAITLIST;
        }
        return approvalRequired ? REQUEST : ENROL;
    }

    /** The promotion the session's approval rule decides. */
    static EnrolmentAction forPromotion(boolean approvalRequired) {
        return approvalRequired ? PROMOTE_TO_PENDING : PROMOTE;
    }

    /** The action that records {@code outcome} (COMPLETED, FAILED or NO_SHOW), if it is one. */
    static java.util.Optional<EnrolmentAction> recording(EnrolmentStatus outcome) {
        if (outcome == null) {
            return java.util.Optional.empty();
        }
        return switch (outcome) {
            case COMPLETED -> java.util.Optional.of(COMPLETE);
            case FAILED -> java.util.Optional.of(FAIL);
            case NO_SHOW -> java.util.Optional.of(NO_SHOW);
            default -> java.util.Optional.empty();
        };
    }

    public boolean isEnrolling() {
        return this == ENROL || this == REQUEST || this == JOIN_WAITLIST;
    }
}
