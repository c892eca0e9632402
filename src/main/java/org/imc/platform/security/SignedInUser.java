package org.imc.platform.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the HTTP session: who is signed in, their roles and, for a mayor,
 * the municipality they act for.
 */
public record SignedInUser(
        Long id,
        String username,
        String fullName,
        Set<Role> roles,
        Long municipalityId,
        String passwordHash,
        boolean enabled)
        implements UserDetails, Serializable {

    public SignedInUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static SignedInUser of(AppUser user) {
        return new SignedInUser(
                user.getId(),
                user.getUsername(),
                user.getFullName(),
                user.getRoles(),
                user.getMunicipalityId(),
                user.getPasswordHash(),
                user.isEnabled());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash is only needed while signing in; it never stays in the session. */
    SignedInUser withoutPassword() {
        return new SignedInUser(id, username, fullName, roles, municipalityId, null, enabled);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + " " + roles + "]";
    }
}
