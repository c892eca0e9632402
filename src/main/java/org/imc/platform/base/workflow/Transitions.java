package org.imc.platform.base.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of a workflow: from which status an action leads to which status. Every workflow
 * (twinning, fund application, loan, enrolment) has the same shape:
 * <ul>
 * <li>an action enum ({@code TwinningAction}, {@code ApplicationAction}, …);</li>
 * <li>a status enum that holds one {@code Transitions} table and answers "what follows this
 * action" ({@code after(action)}) and "which actions exist from here" ({@code actions()});</li>
 * <li>the entity applying an action to itself and refusing one its status does not allow;</li>
 * <li>the feature's service deciding who may take an action and offering
 * {@code allowedActions(x)} for the signed-in user; views draw their buttons from that set.</li>
 * </ul>
 *
 * @param <S> the status enum
 * @param <A> the action enum
 */
public final class Transitions<S extends Enum<S>, A extends Enum<A>> {

    private final Map<S, Map<A, S>> table;
    private final Class<A> actionType;

    private Transitions(Map<S, Map<A, S>> table, Class<A> actionType) {
        this.table = table;
        this.actionType = actionType;
    }

    /** Starts a table; list each allowed move with {@link Builder#from}. */
    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(Class<S> statusType, Class<A> actionType) {
        return new Builder<>(statusType, actionType);
    }

    /** The status {@code action} leads to from {@code from}, or empty when it is not allowed there. */
    public Optional<S> after(S from, A action) {
        return Optional.ofNullable(table.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions that lead somewhere from {@code from} (none from a final status). */
    public Set<A> actionsFrom(S from) {
        Map<A, S> moves = table.get(from);
        return moves == null || moves.isEmpty() ? EnumSet.noneOf(actionType) : EnumSet.copyOf(moves.keySet());
    }

    /** Whether some action leads from {@code from} to {@code to}. */
    public boolean leadsTo(S from, S to) {
        return table.getOrDefault(from, Map.of()).containsValue(to);
    }

    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
        private final Map<S, Map<A, S>> table;
        private final Class<A> actionType;

        private Builder(Class<S> statusType, Class<A> actionType) {
            this.table = new EnumMap<>(statusType);
            this.actionType = actionType;
        }

        /** {@code action} moves {@code from} to {@code to}. */
        public Builder<S, A> from(S from, A action, S to) {
            S previous =
                    table.computeIfAbsent(from, s -> new EnumMap<>(actionType)).put(action, to);
            if (previous != null) {
                throw new IllegalStateException(from + " --" + action + "--> listed twice");
            }
            return this;
        }

        public Transitions<S, A> build() {
            Map<S, Map<A, S>> copy = new EnumMap<>(table);
            copy.replaceAll((s, moves) -> Collections.unmodifiableMap(new EnumMap<>(moves)));
            return new Transitions<>(Collections.unmodifiableMap(copy), actionType);
        }
    }
}
