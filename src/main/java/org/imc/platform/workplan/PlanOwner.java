package org.imc.platform.workplan;

import java.util.Objects;

/** Whose work plans these are: a partnership (twinning) or an affiliate agreement. */
public record PlanOwner(PlanOwnerKind kind, Long id) {

    public PlanOwner {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
    }

    public static PlanOwner partnership(Long twinningId) {
        return new PlanOwner(PlanOwnerKind.PARTNERSHIP, twinningId);
    }

    public static PlanOwner agreement(Long agreementId) {
        return new PlanOwner(PlanOwnerKind.AGREEMENT, agreementId);
    }
}
