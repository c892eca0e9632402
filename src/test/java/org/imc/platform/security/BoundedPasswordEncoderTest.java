package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-ins in a crowd take their turn at the password hash: never more at once than the bound,
 * the rest waiting, and every one of them answered once the hashes ahead are done.
 */
class BoundedPasswordEncoderTest {

    /** A hash that holds its thread until released, and records how many ran at once. */
    static final class HeldHash implements PasswordEncoder {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence raw) {
            return "{held}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
            return encoded.equals(encode(raw));
        }
    }

    @Test
    void noMoreHashesAtOnceThanTheBoundAndEveryoneIsAnswered() throws Exception {
        HeldHash hash = new HeldHash();
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(hash, 2);
        ExecutorService crowd = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String password = "secret-" + i;
                answers.add(crowd.submit(() -> bounded.matches(password, "{held}" + password)));
            }
            // two hash, six wait: however slowly the threads are scheduled, never a third inside
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((hash.inside.get() < 2 || bounded.waiting() < 6) && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(hash.inside.get()).isEqualTo(2);
            assertThat(bounded.waiting()).isEqualTo(6);

            hash.release.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(hash.most.get()).isEqualTo(2);
            assertThat(bounded.waiting()).isZero();
        } finally {
            crowd.shutdownNow();
        }
    }

    @Test
    void withoutABoundEveryHashRunsAtOnce() throws Exception {
        HeldHash hash = new HeldHash();
        BoundedPasswordEncoder unbounded = new BoundedPasswordEncoder(hash, 0);
        ExecutorService crowd = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(crowd.submit(() -> unbounded.matches("p", "{held}p")));
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (hash.inside.get() < 4 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(hash.inside.get()).isEqualTo(4);
            hash.release.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            crowd.shutdownNow();
        }
    }

    @Test
    void aWrongPasswordIsStillWrong() {
        PasswordEncoder bcrypt = new BoundedPasswordEncoder(
                org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                1);
        String hash = bcrypt.encode("correct horse");
        assertThat(bcrypt.matches("correct horse", hash)).isTrue();
        assertThat(bcrypt.matches("wrong horse", hash)).isFalse();
    }
}
