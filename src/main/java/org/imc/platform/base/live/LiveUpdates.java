package org.imc.platform.base.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;

/**
 * The screens of this node that follow topics. A view calls {@link #follow} once; while the
 * view is attached it is told (inside {@code UI.access}, so Vaadin pushes what it changes) when
 * one of its topics changed on any node, and it reloads what it shows through its service, as
 * the signed-in user. When the view is detached (navigation, closed tab, ended session) it is
 * forgotten, so nothing is held for screens that are gone.
 *
 * <p>Deliveries run on two threads of their own, never on the thread that reads the feed, and
 * a screen that is still busy with the previous change is told only once more.
 */
@org.springframework.stereotype.Component
public class LiveUpdates implements DisposableBean {

    private final Set<Following> attached = ConcurrentHashMap.newKeySet();
    private final ExecutorService deliveries;

    LiveUpdates() {
        AtomicInteger n = new AtomicInteger();
        deliveries = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "live-updates-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * While {@code owner} is attached, runs {@code onChange} after any of the topics changed. The
     * topics may be set or replaced later ({@link Following#topics}), e.g. once a route
     * parameter is known.
     */
    public Following follow(Component owner, SerializableRunnable onChange, Topic... topics) {
        Following following = new Following(this, owner, onChange);
        following.topics(topics);
        owner.addAttachListener(e -> following.attach(e.getUI()));
        owner.addDetachListener(e -> following.detach());
        if (owner.isAttached()) {
            owner.getUI().ifPresent(following::attach);
        }
        return following;
    }

    /** Tells every attached screen that follows one of the topics. */
    public void deliver(Collection<Topic> changed) {
        if (changed.isEmpty()) {
            return;
        }
        for (Following following : attached) {
            if (following.followsAny(changed)) {
                following.tell(deliveries);
            }
        }
    }

    /** How many screens of this node follow something now (for tests and the metrics). */
    public int attachedCount() {
        return attached.size();
    }

    void add(Following following) {
        attached.add(following);
    }

    void remove(Following following) {
        attached.remove(following);
    }

    @Override
    public void destroy() {
        deliveries.shutdownNow();
    }
}
