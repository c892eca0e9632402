package org.imc.platform.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.imc.platform.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the browserless tests of live updates: another user changes something on this thread,
 * and the screen receives what the change feed pushes to it, as the browser would.
 */
public abstract class LiveViewTest extends BrowserlessViewTest {

    /** How long a screen may take to show a change made elsewhere. */
    protected static final Duration WAIT = Duration.ofSeconds(5);

    @Autowired
    UserDetailsService userDetails;

    /** Runs {@code action} as another user on this thread, then gives the screen's user back. */
    protected <T> T as(String username, Callable<T> action) throws Exception {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SignedInUser user = (SignedInUser) userDetails.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Lets pushed changes in (as the browser would receive them) until {@code done} or the wait ends. */
    protected boolean eventually(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            pushed();
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        pushed();
        return done.getAsBoolean();
    }

    /** Runs what the live updates handed to this UI (UI.access) and sends it, as a push would. */
    protected void pushed() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }
}
