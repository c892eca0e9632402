package org.imc.platform.fund;

import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.springframework.data.jpa.domain.Specification;

/**
 * The fund's data scoping, in one place for applications and loans: fund officers see every
 * municipality's records, a mayor only their own municipality's, anyone else none.
 */
final class FundScope {

    private FundScope() {}

    /** The records of an entity with a {@code municipalityId} that {@code user} may see. */
    static <T> Specification<T> visibleTo(SignedInUser user) {
        boolean officer = user.hasRole(Role.FUND_OFFICER);
        Long municipalityId = user.municipalityId();
        return (root, query, cb) -> {
            if (officer) {
                return cb.conjunction();
            }
            return municipalityId == null ? cb.disjunction() : cb.equal(root.get("municipalityId"), municipalityId);
        };
    }
}
