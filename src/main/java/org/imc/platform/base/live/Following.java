package org.imc.platform.base.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One screen's interest in some topics, from {@link LiveUpdates#follow}. */
public final class Following {

    private static final Logger LOG = LoggerFactory.getLogger(Following.class);

    private final transient LiveUpdates live;
    private final Component owner;
    private final SerializableRunnable onChange;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Set<Topic> topics = Set.of();
    private volatile UI ui;

    Following(LiveUpdates live, Component owner, SerializableRunnable onChange) {
        this.live = live;
        this.owner = owner;
        this.onChange = onChange;
    }

    /** Replaces the topics followed. */
    public Following topics(Topic... followed) {
        this.topics = Set.of(followed);
        return this;
    }

    public Set<Topic> topics() {
        return topics;
    }

    boolean followsAny(Collection<Topic> changed) {
        Set<Topic> mine = topics;
        for (Topic topic : changed) {
            if (mine.contains(topic)) {
                return true;
            }
        }
        return false;
    }

    void attach(UI attachedTo) {
        ui = attachedTo;
        live.add(this);
    }

    void detach() {
        live.remove(this);
        ui = null;
    }

    /** Runs {@code onChange} in the screen's UI, unless a run is already waiting. */
    void tell(Executor executor) {
        UI target = ui;
        if (target == null || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> run(target));
        } catch (RejectedExecutionException shuttingDown) {
            pending.set(false);
        }
    }

    private void run(UI target) {
        try {
            target.access(() -> {
                pending.set(false);
                if (owner.isAttached()) {
                    try {
                        onChange.run();
                    } catch (RuntimeException e) {
                        // e.g. the record is no longer the user's to see: the screen keeps what
                        // it shows, and the next action meets the service's refusal
                        LOG.info("Could not update a screen following {}: {}", topics, e.toString());
                    }
                }
            });
        } catch (UIDetachedException | IllegalStateException gone) {
            // the tab was closed or the session ended meanwhile: nothing to tell
            pending.set(false);
            live.remove(this);
        } catch (RuntimeException e) {
            pending.set(false);
            LOG.info("Could not update a screen following {}: {}", topics, e.toString());
        }
    }
}
