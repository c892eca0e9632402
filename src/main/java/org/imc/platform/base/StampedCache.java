package org.imc.platform.base;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed from the database and kept while a cheap stamp of its sources (for example
 * {@code MAX(updated_at), MAX(id)} read from index ends) is unchanged, and at most
 * {@code maxAge}. Callers arriving together while the value is stale wait for one computation
 * instead of each running their own. The stamp is read before the value: a change committed in
 * between makes the next call compute again, never keeps a stale value.
 *
 * @param <S> the stamp (a record with equals)
 * @param <V> the kept value
 */
public final class StampedCache<S, V> {

    private record Kept<S, V>(S stamp, long computedAt, V value) {}

    private final Supplier<S> stamp;
    private final Supplier<V> compute;
    private final long maxAgeNanos;
    private final Object computing = new Object();
    private volatile Kept<S, V> kept;

    /** Kept while the stamp is unchanged, however long. */
    public StampedCache(Supplier<S> stamp, Supplier<V> compute) {
        this(stamp, compute, null);
    }

    /** Kept while the stamp is unchanged and for at most {@code maxAge} (null: no limit). */
    public StampedCache(Supplier<S> stamp, Supplier<V> compute, Duration maxAge) {
        this.stamp = Objects.requireNonNull(stamp);
        this.compute = Objects.requireNonNull(compute);
        this.maxAgeNanos = maxAge == null ? Long.MAX_VALUE : maxAge.toNanos();
    }

    /** The value, current as of this call's stamp. */
    public V get() {
        S now = stamp.get();
        Kept<S, V> k = kept;
        if (fresh(k, now)) {
            return k.value();
        }
        synchronized (computing) {
            k = kept;
            if (fresh(k, now)) {
                return k.value();
            }
            V value = compute.get();
            kept = new Kept<>(now, System.nanoTime(), value);
            return value;
        }
    }

    /** Forgets the kept value: the next call computes again. */
    public void clear() {
        kept = null;
    }

    private boolean fresh(Kept<S, V> k, S now) {
        return k != null && Objects.equals(k.stamp(), now) && System.nanoTime() - k.computedAt() < maxAgeNanos;
    }
}
