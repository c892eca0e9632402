package org.imc.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.imc.platform.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a change of a user's access reach the sessions they already have, on every node: each
 * request of a signed-in user compares the session's security version with the database (one
 * read by primary key, no cache, so no node can let a revoked session through) and checks the
 * session's absolute lifetime. A disabled user, a raised version or an expired lifetime ends
 * the session and the request goes on signed out: a page request is sent to the sign-in page,
 * a Vaadin UIDL request finds no session and gets Vaadin's "session expired" answer, on which
 * the browser reloads into the sign-in page. It sits in the security filter chain right after
 * the security context is loaded, so it runs before anything (Vaadin's UIDL handling, method
 * security) sees the stale authentication. Not a bean, for the reason given on {@link
 * UserLogContextFilter}.
 */
class SessionRevocationFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRevocationFilter.class);

    private final Function<Long, Optional<AccessState>> accessStates;
    private final Clock clock;
    private final Duration absoluteTimeout;

    SessionRevocationFilter(Function<Long, Optional<AccessState>> accessStates, Clock clock, Duration absoluteTimeout) {
        this.accessStates = accessStates;
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user && user.id() != null) {
            HttpSession session = request.getSession(false);
            String reason = refusal(user, session);
            if (reason != null) {
                LOG.info("Ended the session of '{}': {}", user.username(), reason);
                SecurityContextHolder.clearContext();
                if (session != null) {
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyInvalid) {
                        // ended by a concurrent request of the same session
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Why the session may no longer act for the user, or null if it still may. */
    private String refusal(SignedInUser user, HttpSession session) {
        Instant signedInAt = user.signedInAt();
        if (signedInAt == null && session != null) {
            signedInAt = Instant.ofEpochMilli(session.getCreationTime());
        }
        if (signedInAt != null && clock.instant().isAfter(signedInAt.plus(absoluteTimeout))) {
            return "absolute session lifetime reached";
        }
        Optional<AccessState> now;
        try {
            now = accessStates.apply(user.id());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // the database is away: the request goes on to the page, which tells the user so
            // (every action needs the database too, so nothing can be done with stale rights);
            // the check runs again on the next request
            return null;
        }
        if (now.isEmpty()) {
            return "user no longer exists";
        }
        if (!now.get().enabled()) {
            return "user disabled";
        }
        if (now.get().securityVersion() != user.securityVersion()) {
            return "access changed";
        }
        return null;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
