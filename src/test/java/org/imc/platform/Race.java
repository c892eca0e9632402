package org.imc.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imc.platform.base.BusinessException;

/**
 * Runs actions at the same instant, each on a thread of its own, for the race tests: every
 * thread is started and waiting before any may go, so the actions really overlap. The waits are
 * generous (a busy 2-core machine is slow, never wrong): a race test fails only on its invariant.
 */
public final class Race {

    private Race() {}

    /** How one action ended: what it returned, or what it threw. */
    public record Outcome<T>(T value, Throwable thrown) {

        public boolean succeeded() {
            return thrown == null;
        }

        /** Whether it was refused with this business message. */
        public boolean refusedWith(String messageKey) {
            return thrown instanceof BusinessException refusal && messageKey.equals(refusal.getMessageKey());
        }
    }

    /** Runs all actions at once and returns their outcomes in the order given. */
    public static <T> List<Outcome<T>> run(List<? extends Callable<? extends T>> actions) throws InterruptedException {
        int n = actions.size();
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<? extends T> action : actions) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    if (!go.await(5, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("the race never started");
                    }
                    return action.call();
                }));
            }
            if (!ready.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the racers never got ready");
            }
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(10, TimeUnit.MINUTES), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("a racer did not finish in 10 minutes", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs all actions at once and returns their outcomes in the order given. */
    @SafeVarargs
    public static <T> List<Outcome<T>> run(Callable<? extends T>... actions) throws InterruptedException {
        return run(List.of(actions));
    }
}
