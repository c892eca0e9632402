package org.imc.platform.workplan;

/**
 * How the feature that owns work plans of one {@link PlanOwnerKind} decides who reads and who
 * changes them. Twinning implements it for partnerships, the directory for affiliate agreements;
 * {@link WorkPlanService} asks it before every read and change, inside its transaction.
 */
public interface PlanOwners {

    PlanOwnerKind kind();

    /** Throws {@code RecordNotFoundException} or {@code AccessDeniedException} unless the signed-in user may read it. */
    void requireReadable(Long ownerId);

    /** Whether the signed-in user may read it (the same rule, as an answer: lists of goals ask it per owner). */
    boolean canRead(Long ownerId);

    /**
     * Locks the owner's row and throws unless the signed-in user may change its work plans now
     * ({@code AccessDeniedException} for the wrong person, {@code BusinessException} for the wrong state).
     */
    void requireEditable(Long ownerId);

    /** Whether the signed-in user may change its work plans now (views draw their buttons from it). */
    boolean canEdit(Long ownerId);

    /**
     * A change to the owner's work plans is being made in the current transaction (a goal, an
     * indicator, a measurement): pages showing the owner follow it live. Written with the change,
     * so a change that rolls back announces nothing.
     */
    default void changing(Long ownerId) {}

    /** The route of the owner's page, for notifications. */
    String route(Long ownerId);
}
