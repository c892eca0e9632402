package org.imc.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * A user as the administration list shows them, including whether sign-in is currently locked
 * after too many failed attempts and whether they have an authenticator app (two-step sign-in).
 */
public record UserRow(
        Long id,
        String username,
        String fullName,
        String email,
        Set<Role> roles,
        Long municipalityId,
        boolean enabled,
        boolean locked,
        boolean twoStep) {

    public UserRow {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static UserRow of(AppUser user, boolean locked, boolean twoStep) {
        return new UserRow(
                user.getId(),
                user.getUsername(),
                user.getFullName(),
                user.getEmail(),
                user.getRoles(),
                user.getMunicipalityId(),
                user.isEnabled(),
                locked,
                twoStep);
    }
}
