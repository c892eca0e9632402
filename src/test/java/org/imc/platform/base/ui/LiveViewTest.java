package org.imc.platform.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.imc.platform.SignedInAs;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    LiveUpdates liveUpdates;

    /**
     * Follows {@code topic} from an invisible component of this UI, so a test can tell when a
     * change has reached this UI's screens (and that a screen did not redraw for it). Call it
     * before the change.
     */
    protected Probe probe(Topic topic) {
        Div component = new Div();
        UI.getCurrent().add(component);
        AtomicInteger told = new AtomicInteger();
        liveUpdates.follow(component, told::incrementAndGet, topic);
        return new Probe(told);
    }

    /** See {@link #probe}. */
    protected final class Probe {
        private final AtomicInteger told;

        private Probe(AtomicInteger told) {
            this.told = told;
        }

        /**
         * Waits until the change reached this UI, then lets in what the other screens were told
         * with it (they are told in the same round, each on a delivery thread).
         */
        public void awaitDelivered() throws InterruptedException {
            if (!eventually(() -> told.get() > 0)) {
                throw new AssertionError("the change was not delivered within " + WAIT);
            }
            Thread.sleep(500);
            pushed();
        }
    }

    /** Runs {@code action} as another user on this thread, then gives the screen's user back. */
    protected <T> T as(String username, Callable<T> action) throws Exception {
        return SignedInAs.call(userDetails, username, action);
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
