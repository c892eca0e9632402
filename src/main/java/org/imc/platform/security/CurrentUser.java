package org.imc.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now. Services use it for data scoping (a mayor acts only for their own
 * municipality); views use it only to hide what the user could not do anyway.
 */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    public boolean hasRole(Role role) {
        return get().map(u -> u.hasRole(role)).orElse(false);
    }

    /** True when the signed-in user is the mayor of the given municipality. */
    public boolean isMayorOf(Long municipalityId) {
        return municipalityId != null
                && get().filter(u -> u.hasRole(Role.MAYOR))
                        .map(u -> municipalityId.equals(u.municipalityId()))
                        .orElse(false);
    }
}
