package org.imc.platform.base.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.imc.platform.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the change feed on this node, about twice a second, and hands the changed topics to
 * {@link LiveUpdates}. Every node runs it (no scheduler lock): each node has its own screens.
 *
 * <p>The cursor starts at the newest row when the node starts: its screens are all new and load
 * what is current, so nothing older needs telling. Ids are given out when a row is written but
 * become visible when its transaction commits, so a lower id can appear after a higher one: an
 * id skipped over is remembered as a gap and asked for again for {@link #GAP_PATIENCE_MS}
 * (a rolled-back transaction leaves a gap that never fills).
 *
 * <p>It runs on a thread of its own, not on the scheduler shared by the jobs: a long job (the
 * delinquency run, a slow outbox) must not hold back what open screens show.
 */
@Component
class ChangeFeedReader implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedReader.class);

    static final long GAP_PATIENCE_MS = 30_000;
    private static final int MAX_GAPS = 500;
    private static final int BATCH = 1000;

    private final ChangeFeedQueries queries;
    private final LiveUpdates live;
    private long cursor = -1;
    /** id not seen yet → when it was first missed (System.nanoTime) */
    private final Map<Long, Long> gaps = new LinkedHashMap<>();

    private final Duration interval;
    private ScheduledExecutorService thread;

    @Autowired
    ChangeFeedReader(
            ChangeFeedQueries queries, LiveUpdates live, @Value("${imc.live.poll-interval:500ms}") Duration interval) {
        this.queries = queries;
        this.live = live;
        this.interval = interval;
    }

    /** A reader that is not started (tests read with it by calling {@link #read}). */
    ChangeFeedReader(ChangeFeedQueries queries, LiveUpdates live) {
        this(queries, live, Duration.ofMillis(500));
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "change-feed-reader");
                t.setDaemon(true);
                return t;
            });
            long ms = Math.max(50, interval.toMillis());
            thread.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    void poll() {
        try {
            read();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                LOG.debug("Change feed not read, the database is away: {}", e.toString());
            } else {
                LOG.warn("Change feed not read", e);
            }
        }
    }

    /** Reads what was committed since the last read and delivers it; returns the topics. */
    Set<Topic> read() {
        synchronized (gaps) {
            return readLocked();
        }
    }

    private Set<Topic> readLocked() {
        if (cursor < 0) {
            cursor = queries.maxId();
            return Set.of();
        }
        long now = System.nanoTime();
        gaps.values().removeIf(since -> now - since > GAP_PATIENCE_MS * 1_000_000);
        List<ChangeFeedQueries.Row> rows = queries.after(cursor, new ArrayList<>(gaps.keySet()), BATCH);
        Set<Topic> changed = new LinkedHashSet<>();
        for (ChangeFeedQueries.Row row : rows) {
            if (row.id() > cursor) {
                for (long missing = Math.max(cursor + 1, row.id() - MAX_GAPS); missing < row.id(); missing++) {
                    gaps.put(missing, now);
                }
                cursor = row.id();
            } else {
                gaps.remove(row.id());
            }
            changed.add(new Topic(row.topic()));
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.remove(gaps.keySet().iterator().next());
        }
        live.deliver(changed);
        return changed;
    }
}
