package org.imc.platform.security;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes be computed at once (by default four per processor), the others
 * waiting their turn in arrival order. A password hash is deliberately slow (bcrypt, about 80 ms
 * of one core): when hundreds of people sign in at once, hundreds of request threads hashing side
 * by side share the cores evenly, so every sign-in takes as long as all of them together, and the
 * requests of people already signed in, and any thread holding a database connection, wait
 * behind them for a core. In turn, each sign-in takes its own time plus its place in the queue,
 * and every other page keeps the cores it needs. Not one per processor: while the cores are busy
 * with everyone else's pages, so few hashing threads got so small a share of them that sign-ins
 * queued for a minute (docs/benchmarks.md).
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore turns;

    /** {@code concurrent} hashes at most at once; 0 or less: no bound. */
    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
        this.delegate = delegate;
        this.turns = concurrent > 0 ? new Semaphore(concurrent, true) : null;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        } finally {
            release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many hashes wait for their turn now (for tests and the metrics). */
    int waiting() {
        return turns == null ? 0 : turns.getQueueLength();
    }

    private void acquire() {
        if (turns != null) {
            // a sign-in already waiting is not abandoned because its thread was interrupted
            turns.acquireUninterruptibly();
        }
    }

    private void release() {
        if (turns != null) {
            turns.release();
        }
    }
}
