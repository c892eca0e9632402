package org.imc.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What the session holds between the password and the second factor. It carries none of the
 * user's roles, and it never counts as authenticated: {@link PendingSecondFactorFilter} presents
 * it to each request as an anonymous visitor who may only finish signing in.
 */
final class SecondFactorPendingToken extends AbstractAuthenticationToken {

    private static final String ANONYMOUS_KEY = "second-factor-pending";

    private final PendingSecondFactor pending;

    SecondFactorPendingToken(PendingSecondFactor pending, Object details) {
        super(List.of(new SimpleGrantedAuthority(SecondFactorService.PENDING)));
        this.pending = pending;
        setDetails(details);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PendingSecondFactor getPrincipal() {
        return pending;
    }

    @Override
    public String getName() {
        return pending.username();
    }

    @Override
    public boolean isAuthenticated() {
        return false;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a pending second factor is never authenticated");
        }
    }

    /** The same state as every authorization decision sees it: anonymous, allowed only to finish signing in. */
    Authentication asAnonymous() {
        return new AnonymousAuthenticationToken(
                ANONYMOUS_KEY,
                pending,
                List.of(
                        new SimpleGrantedAuthority("ROLE_ANONYMOUS"),
                        new SimpleGrantedAuthority(SecondFactorService.PENDING)));
    }
}
