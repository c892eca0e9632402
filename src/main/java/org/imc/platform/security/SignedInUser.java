package org.imc.platform.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the HTTP session: who is signed in, their roles and, for a mayor,
 * the municipality they act for. {@code securityVersion} is the user's version of their access
 * when they signed in: once it is raised (roles, municipality, enabled or password changed) the
 * session is ended on its next request ({@link SessionRevocationFilter}). {@code signedInAt}
 * bounds the session's whole lifetime; {@code mustChangePassword} sends every route to the
 * change-password view.
 */
public record SignedInUser(
        Long id,
        String username,
        String fullName,
        Set<Role> roles,
        Long municipalityId,
        String passwordHash,
        boolean enabled,
        long securityVersion,
        boolean mustChangePassword,
        Instant signedInAt)
        implements UserDetails, Serializable {

    public SignedInUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** A principal outside any session (benchmarks, jobs acting as somebody). */
    public SignedInUser(
            Long id,
            String username,
            String fullName,
            Set<Role> roles,
            Long municipalityId,
            String passwordHash,
            boolean enabled) {
        this(id, username, fullName, roles, municipalityId, passwordHash, enabled, 0, false, null);
    }

    static SignedInUser of(AppUser user) {
        return new SignedInUser(
                user.getId(),
                user.getUsername(),
                user.getFullName(),
                user.getRoles(),
                user.getMunicipalityId(),
                user.getPasswordHash(),
                user.isEnabled(),
                user.getSecurityVersion(),
                user.isMustChangePassword(),
                null);
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
        return new SignedInUser(
                id,
                username,
                fullName,
                roles,
                municipalityId,
                null,
                enabled,
                securityVersion,
                mustChangePassword,
                signedInAt);
    }

    SignedInUser signedInAt(Instant when) {
        return new SignedInUser(
                id,
                username,
                fullName,
                roles,
                municipalityId,
                passwordHash,
                enabled,
                securityVersion,
                mustChangePassword,
                when);
    }

    /** The same sign-in after the user chose a new password (which raised their security version). */
    SignedInUser afterPasswordChange(long newSecurityVersion) {
        return new SignedInUser(
                id, username, fullName, roles, municipalityId, null, enabled, newSecurityVersion, false, signedInAt);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + " " + roles + "]";
    }
}
