package org.imc.platform.learning;

import static org.imc.platform.learning.EnrolmentAction.APPROVE;
import static org.imc.platform.learning.EnrolmentAction.COMPLETE;
import static org.imc.platform.learning.EnrolmentAction.ENROL;
import static org.imc.platform.learning.EnrolmentAction.FAIL;
import static org.imc.platform.learning.EnrolmentAction.JOIN_WAITLIST;
import static org.imc.platform.learning.EnrolmentAction.MOVE;
import static org.imc.platform.learning.EnrolmentAction.OVER_ENROL;
import static org.imc.platform.learning.EnrolmentAction.PROMOTE;
import static org.imc.platform.learning.EnrolmentAction.PROMOTE_TO_PENDING;
import static org.imc.platform.learning.EnrolmentAction.REJECT;
import static org.imc.platform.learning.EnrolmentAction.REQUEST;
import static org.imc.platform.learning.EnrolmentAction.WITHDRAW;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.imc.platform.base.workflow.Transitions;

/**
 * The life of an enrolment. Every allowed move is listed in the table below and nowhere else:
 * <pre>
 * WITHDRAWN --ENROL--> ENROLLED, --REQUEST--> PENDING, --JOIN_WAITLIST--> WAITLISTED
 * PENDING --APPROVE--> ENROLLED, --REJECT--> REJECTED
 * WAITLISTED --PROMOTE, OVER_ENROL--> ENROLLED, --PROMOTE_TO_PENDING--> PENDING
 * ENROLLED --COMPLETE--> COMPLETED, --FAIL--> FAILED, --NO_SHOW--> NO_SHOW
 * PENDING, ENROLLED, WAITLISTED --WITHDRAW--> WITHDRAWN;  PENDING, ENROLLED --MOVE--> (same)
 * </pre>
 * A learner without an enrolment in a session stands where a withdrawn one stands: their first
 * enrolment takes the same moves as enrolling again (the withdrawn row is reused). PENDING,
 * ENROLLED and the three outcomes hold a seat; WAITLISTED holds a position; REJECTED and the
 * outcomes are final.
 */
public enum EnrolmentStatus {
    PENDING,
    ENROLLED,
    WAITLISTED,
    WITHDRAWN,
    REJECTED,
    COMPLETED,
    FAILED,
    NO_SHOW;

    private static final Transitions<EnrolmentStatus, EnrolmentAction> TRANSITIONS = Transitions.of(
                    EnrolmentStatus.class, EnrolmentAction.class)
            .from(WITHDRAWN, ENROL, ENROLLED)
            .from(WITHDRAWN, REQUEST, PENDING)
            .from(WITHDRAWN, JOIN_WAITLIST, WAITLISTED)
            .from(PENDING, APPROVE, ENROLLED)
            .from(PENDING, REJECT, REJECTED)
            .from(PENDING, WITHDRAW, WITHDRAWN)
            .from(PENDING, MOVE, PENDING)
            .from(WAITLISTED, PROMOTE, ENROLLED)
            .from(WAITLISTED, PROMOTE_TO_PENDING, PENDING)
            .from(WAITLISTED, OVER_ENROL, ENROLLED)
            .from(WAITLISTED, WITHDRAW, WITHDRAWN)
            .from(ENROLLED, COMPLETE, COMPLETED)
            .from(ENROLLED, FAIL, FAILED)
            .from(ENROLLED, EnrolmentAction.NO_SHOW, NO_SHOW)
            .from(ENROLLED, WITHDRAW, WITHDRAWN)
            .from(ENROLLED, MOVE, ENROLLED)
            .build();

    /** Statuses that occupy one of the session's seats. */
    public static final Set<EnrolmentStatus> SEATED = EnumSet.of(PENDING, ENROLLED, COMPLETED, FAILED, NO_SHOW);

    /** Outcomes a trainer records for an enrolled participant. */
    public static final Set<EnrolmentStatus> OUTCOMES = EnumSet.of(COMPLETED, FAILED, NO_SHOW);

    /** The status {@code action} leads to from this one, or empty when it is not allowed here. */
    public Optional<EnrolmentStatus> after(EnrolmentAction action) {
        return TRANSITIONS.after(this, action);
    }

    /** The actions that lead somewhere from this status (none from a final one). */
    public Set<EnrolmentAction> actions() {
        return TRANSITIONS.actionsFrom(this);
    }

    /**
     * Where {@code action} leads wherever it is allowed, for explaining a refusal ("cannot become
     * …"); empty for MOVE, which keeps the status it finds.
     */
    static Optional<EnrolmentStatus> aimOf(EnrolmentAction action) {
        Set<EnrolmentStatus> aims = EnumSet.noneOf(EnrolmentStatus.class);
        for (EnrolmentStatus from : values()) {
            from.after(action).ifPresent(aims::add);
        }
        return aims.size() == 1 ? Optional.of(aims.iterator().next()) : Optional.empty();
    }

    public boolean isSeated() {
        return SEATED.contains(this);
    }

    /** Still taking part (or waiting to): the learner may withdraw. */
    public boolean isActive() {
        return after(WITHDRAW).isPresent();
    }

    public String labelKey() {
        return "learning.status." + name();
    }

    /**
     * The label of an enrolment in this status as every screen shows it; its one argument is the
     * waitlist position. An over-enrolled participant reads "enrolled over capacity".
     */
    public String labelKey(boolean overEnrolled) {
        if (this == WAITLISTED) {
            return "learning.status.waitlisted-at";
        }
        return overEnrolled && this == ENROLLED ? "learning.status.over-enrolled" : labelKey();
    }
}
