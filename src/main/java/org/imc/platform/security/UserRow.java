package org.imc.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * A user as the administration list shows them, including whether sign-in is currently locked
 * after too many failed attempts.
 */
public record UserRow(
        Long id,
        String username,
        String fullName,
        String email,
        Set<Role> roles,
        Long municipalityId,
        boolean enabled,
        boolean locked) {

    public UserRow {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static UserRow of(AppUser user, boolean locked) {
        return new UserRow(
                user.getId(),
                user.getUsername(),
                user.getFullName(),
                user.getEmail(),
                user.getRoles(),
                user.getMunicipalityId(),
                user.isEnabled(),
                locked);
    }
}
