package org.imc.platform.workplan;

/** The kinds of record that have annual work plans; each has one {@link PlanOwners} that guards them. */
public enum PlanOwnerKind {
    PARTNERSHIP,
    AGREEMENT
}
