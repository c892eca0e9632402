package org.imc.platform.security;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in with lock-out: a locked name is refused before its password is checked, a
 * wrong password is counted, a success clears the count. Unknown names are counted the same way.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final SignInThrottleService throttle;
    private final Clock clock;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, SignInThrottleService throttle, Clock clock) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        if (throttle.isLocked(username)) {
            throw new LockedException("locked");
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            if (throttle.recordFailure(username)) {
                throw new LockedException("locked", e);
            }
            throw e;
        }
        throttle.recordSuccess(username);
        SignedInUser user =
                ((SignedInUser) result.getPrincipal()).withoutPassword().signedInAt(clock.instant());
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        token.setDetails(result.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
