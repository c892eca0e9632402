package org.imc.platform.twinning;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.imc.platform.twinning.TwinningAction.ACCEPT;
import static org.imc.platform.twinning.TwinningAction.CONCLUDE;
import static org.imc.platform.twinning.TwinningAction.DECLINE;
import static org.imc.platform.twinning.TwinningAction.REJECT;
import static org.imc.platform.twinning.TwinningAction.RESUME;
import static org.imc.platform.twinning.TwinningAction.SIGN;
import static org.imc.platform.twinning.TwinningAction.SUSPEND;
import static org.imc.platform.twinning.TwinningAction.VET;
import static org.imc.platform.twinning.TwinningAction.WITHDRAW;

/**
 * The life of a twinning. Every allowed transition is listed here and nowhere else:
 * <pre>
 * PROPOSED --VET--> VETTED --ACCEPT--> ACCEPTED --SIGN (both mayors)--> ACTIVE
 * PROPOSED --REJECT--> REJECTED        VETTED --DECLINE--> DECLINED
 * PROPOSED, VETTED --WITHDRAW--> WITHDRAWN
 * ACTIVE --SUSPEND--> SUSPENDED --RESUME--> ACTIVE;  ACTIVE, SUSPENDED --CONCLUDE--> CONCLUDED
 * </pre>
 * SIGN keeps ACCEPTED until the second mayor has signed (the service decides that).
 */
public enum TwinningStatus {
    PROPOSED, VETTED, REJECTED, ACCEPTED, DECLINED, WITHDRAWN, ACTIVE, SUSPENDED, CONCLUDED;

    private static final Map<TwinningStatus, Map<TwinningAction, TwinningStatus>> TRANSITIONS = Map.of(
            PROPOSED, Map.of(VET, VETTED, REJECT, REJECTED, WITHDRAW, WITHDRAWN),
            VETTED, Map.of(ACCEPT, ACCEPTED, DECLINE, DECLINED, WITHDRAW, WITHDRAWN),
            ACCEPTED, Map.of(SIGN, ACTIVE),
            ACTIVE, Map.of(SUSPEND, SUSPENDED, CONCLUDE, CONCLUDED),
            SUSPENDED, Map.of(RESUME, ACTIVE, CONCLUDE, CONCLUDED));

    /** Pending proposals: the pair may not start another one. */
    public static final Set<TwinningStatus> PENDING = EnumSet.of(PROPOSED, VETTED, ACCEPTED);
    /** Running partnerships. */
    public static final Set<TwinningStatus> RUNNING = EnumSet.of(ACTIVE, SUSPENDED);
    /** Partnerships: signed by both mayors, running or concluded. */
    public static final Set<TwinningStatus> PARTNERSHIP = EnumSet.of(ACTIVE, SUSPENDED, CONCLUDED);
    /** Proposals that never became a partnership. */
    public static final Set<TwinningStatus> CLOSED_PROPOSAL = EnumSet.of(REJECTED, DECLINED, WITHDRAWN);

    /** The state an action leads to from this one, or empty when the action is not allowed here. */
    public Optional<TwinningStatus> after(TwinningAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(this, Map.of()).get(action));
    }

    public Set<TwinningAction> actions() {
        Set<TwinningAction> actions = EnumSet.noneOf(TwinningAction.class);
        actions.addAll(TRANSITIONS.getOrDefault(this, Map.of()).keySet());
        return actions;
    }

    /** Pending or running: the pair holds its one open twinning. */
    public boolean isOpen() {
        return PENDING.contains(this) || RUNNING.contains(this);
    }

    public String labelKey() {
        return "twinning.status." + name();
    }
}
