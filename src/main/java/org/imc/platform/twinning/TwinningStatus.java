package org.imc.platform.twinning;

import static org.imc.platform.twinning.TwinningAction.ACCEPT;
import static org.imc.platform.twinning.TwinningAction.CONCLUDE;
import static org.imc.platform.twinning.TwinningAction.DECLINE;
import static org.imc.platform.twinning.TwinningAction.REJECT;
import static org.imc.platform.twinning.TwinningAction.RESUME;
import static org.imc.platform.twinning.TwinningAction.SIGN;
import static org.imc.platform.twinning.TwinningAction.SUSPEND;
import static org.imc.platform.twinning.TwinningAction.VET;
import static org.imc.platform.twinning.TwinningAction.WITHDRAW;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.imc.platform.base.workflow.Transitions;

/**
 * The life of a twinning. Every allowed transition is listed here and nowhere else:
 * <pre>
 * PROPOSED --VET--> VETTED --ACCEPT--> ACCEPTED --SIGN (both mayors)--> ACTIVE
 * PROPOSED --REJECT--> REJECTED        VETTED --DECLINE--> DECLINED
 * PROPOSED, VETTED --WITHDRAW--> WITHDRAWN
 * ACTIVE --SUSPEND--> SUSPENDED --RESUME--> ACTIVE;  ACTIVE, SUSPENDED --CONCLUDE--> CONCLUDED
 * </pre>
 * The table says SIGN leads from ACCEPTED to ACTIVE. An agreement needs both mayors'
 * signatures, so the first SIGN records one signature and {@link Twinning} holds ACCEPTED until
 * the second arrives; a mayor who has signed may not sign again (the twinning refuses it).
 */
public enum TwinningStatus {
    PROPOSED,
    VETTED,
    REJECTED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    ACTIVE,
    SUSPENDED,
    CONCLUDED;

    private static final Transitions<TwinningStatus, TwinningAction> TRANSITIONS = Transitions.of(
                    TwinningStatus.class, TwinningAction.class)
            .from(PROPOSED, VET, VETTED)
            .from(PROPOSED, REJECT, REJECTED)
            .from(PROPOSED, WITHDRAW, WITHDRAWN)
            .from(VETTED, ACCEPT, ACCEPTED)
            .from(VETTED, DECLINE, DECLINED)
            .from(VETTED, WITHDRAW, WITHDRAWN)
            .from(ACCEPTED, SIGN, ACTIVE)
            .from(ACTIVE, SUSPEND, SUSPENDED)
            .from(ACTIVE, CONCLUDE, CONCLUDED)
            .from(SUSPENDED, RESUME, ACTIVE)
            .from(SUSPENDED, CONCLUDE, CONCLUDED)
            .build();

    /** Pending proposals: the pair may not start another one. */
    public static final Set<TwinningStatus> PENDING = EnumSet.of(PROPOSED, VETTED, ACCEPTED);
    /** Running partnerships. */
    public static final Set<TwinningStatus> RUNNING = EnumSet.of(ACTIVE, SUSPENDED);
    /** Partnerships: signed by both mayors, running or concluded. */
    public static final Set<TwinningStatus> PARTNERSHIP = EnumSet.of(ACTIVE, SUSPENDED, CONCLUDED);
    /** Proposals that never became a partnership. */
    public static final Set<TwinningStatus> CLOSED_PROPOSAL = EnumSet.of(REJECTED, DECLINED, WITHDRAWN);

    /** The status an action leads to from this one, or empty when the action is not allowed here. */
    public Optional<TwinningStatus> after(TwinningAction action) {
        return TRANSITIONS.after(this, action);
    }

    /** The actions that lead somewhere from this status (none from a final one). */
    public Set<TwinningAction> actions() {
        return TRANSITIONS.actionsFrom(this);
    }

    /** Pending or running: the pair holds its one open twinning. */
    public boolean isOpen() {
        return PENDING.contains(this) || RUNNING.contains(this);
    }

    public String labelKey() {
        return "twinning.status." + name();
    }
}
