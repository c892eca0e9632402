package org.imc.platform.security;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in behind the gate of {@link SignInThrottleService}: an attempt is evaluated only
 * once the gate has admitted (and counted) it; a success takes the count back. Every evaluated
 * attempt runs the password hash check, for unknown names (Spring's dummy hash) and for disabled
 * accounts too, and both answer exactly like a wrong password, so neither the answer nor its
 * timing tells them apart.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final String BAD_CREDENTIALS = "Bad credentials";

    private final DaoAuthenticationProvider delegate;
    private final SignInThrottleService throttle;
    private final ClientAddresses clients;
    private final Clock clock;

    private ThrottledAuthenticationProvider(
            DaoAuthenticationProvider delegate, SignInThrottleService throttle, ClientAddresses clients, Clock clock) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.clients = clients;
        this.clock = clock;
    }

    static ThrottledAuthenticationProvider of(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInThrottleService throttle,
            ClientAddresses clients,
            Clock clock) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        // the account's state is checked after the password, never before it
        dao.setPreAuthenticationChecks(user -> {});
        dao.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()
                    || !user.isAccountNonLocked()
                    || !user.isAccountNonExpired()
                    || !user.isCredentialsNonExpired()) {
                throw new BadCredentialsException(BAD_CREDENTIALS);
            }
        });
        return new ThrottledAuthenticationProvider(dao, throttle, clients, clock);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        SignInThrottleService.Ticket ticket =
                throttle.admit(authentication.getName(), clients.current().orElse(null));
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(ticket);
            if (ticket.locksOnFailure()) {
                throw new LockedException("locked", e);
            }
            throw e;
        }
        throttle.succeeded(ticket);
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
