package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.imc.platform.IntegrationTest;
import org.imc.platform.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sign-in gate: parallel guesses cannot get more than five evaluations, a lock-out is no
 * denial of service for the owner, failures from many addresses or spraying from one address are
 * slowed down, and a disabled account or an unknown name costs a hash check like a wrong password.
 * Tests that depend on time build the gate with a clock of their own.
 */
class SignInGateTest extends IntegrationTest {

    private static final String PREFIX = "sgt-";
    private static final String PASSWORD = "correct-horse-battery";
    private static final String WRONG = "wrong-password";

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    UserService users;

    @Autowired
    SecurityQueries queries;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ClientAddresses clients;

    final TestClock clock = new TestClock(Instant.now());
    final List<String> addresses = new ArrayList<>();
    String username;
    Long userId;

    @BeforeEach
    void createUser() throws Exception {
        username = uniqueName();
        UserForm form = UserServiceTest.form(username, Role.MEMBER);
        userId = callAs(
                "admin", () -> UserFixtures.create(users, jdbc, form, PASSWORD).getId());
    }

    @AfterEach
    void removeUserAndCounters() {
        jdbc.update("delete from sign_in_throttle where username like ?", PREFIX + "%");
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
        for (String address : addresses) {
            jdbc.update("delete from sign_in_client_throttle where client = ?", address);
        }
    }

    @Test
    void fortyParallelAttemptsAreEvaluatedAtMostFiveTimesAndNothingSucceedsAfterTheLock() throws Exception {
        int attempts = 40;
        String address = newAddress();
        CountDownLatch decided = new CountDownLatch(attempts);
        ThreadLocal<Boolean> evaluatedHere = ThreadLocal.withInitial(() -> false);
        AtomicInteger evaluations = new AtomicInteger();
        // every evaluation waits until all forty attempts are past the gate, so the gate decides
        // while all of them are in flight: the worst case for a check-then-act race
        PasswordEncoder waitingEncoder = new CountingEncoder(passwordEncoder, () -> {
            evaluations.incrementAndGet();
            evaluatedHere.set(true);
            decided.countDown();
            try {
                assertThat(decided.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AuthenticationManager gate = ThrottledAuthenticationProvider.of(
                userDetailsService,
                waitingEncoder,
                new SignInThrottleService(queries, clock, transactions),
                clients,
                clock)::authenticate;

        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch ready = new CountDownLatch(attempts);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String password = i == attempts / 2 ? PASSWORD : WRONG;
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    try {
                        return attempt(gate, username, password, address);
                    } finally {
                        if (!evaluatedHere.get()) {
                            decided.countDown();
                        }
                        evaluatedHere.remove();
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }

            assertThat(evaluations.get()).as("password checks").isLessThanOrEqualTo(SignInThrottleService.MAX_FAILURES);
            assertThat(results).filteredOn("signed in"::equals).hasSizeLessThanOrEqualTo(1);
            assertThat(results)
                    .filteredOn("LockedException"::equals)
                    .hasSizeGreaterThanOrEqualTo(attempts - SignInThrottleService.MAX_FAILURES);
            // the lock set in the burst holds, whatever the correct guess did
            assertThat(attempt(gate, username, PASSWORD, address)).isEqualTo("LockedException");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAttackersLockOutDoesNotLockTheOwnerOut() {
        String attacker = newAddress();
        String owner = newAddress();
        for (int i = 1; i < SignInThrottleService.MAX_FAILURES; i++) {
            assertThat(viaManager(username, WRONG, attacker)).isEqualTo("BadCredentialsException");
        }
        assertThat(viaManager(username, WRONG, attacker)).isEqualTo("LockedException");
        assertThat(viaManager(username, PASSWORD, attacker)).isEqualTo("LockedException");

        assertThat(viaManager(username, PASSWORD, owner)).isEqualTo("signed in");
    }

    @Test
    void failuresFromManyAddressesDelayTheNameForNewAddressesButNotForKnownOnes() {
        AuthenticationManager gate = gate();
        String home = newAddress();
        assertThat(attempt(gate, username, PASSWORD, home)).isEqualTo("signed in");

        // two addresses, five failures each: the tenth failure of the name starts the delay
        for (int a = 0; a < 2; a++) {
            String attacker = newAddress();
            for (int i = 0; i < SignInThrottleService.MAX_FAILURES; i++) {
                assertThat(attempt(gate, username, WRONG, attacker)).matches("BadCredentialsException|LockedException");
            }
        }
        String third = newAddress();
        assertThat(attempt(gate, username, WRONG, third)).isEqualTo("SignInDelayedException 1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt(gate, username, WRONG, third)).isEqualTo("BadCredentialsException");
        assertThat(attempt(gate, username, WRONG, third)).isEqualTo("SignInDelayedException 2");

        // the owner's known address is not delayed; a new one is, like anyone's
        assertThat(attempt(gate, username, PASSWORD, home)).isEqualTo("signed in");
        String travel = newAddress();
        assertThat(attempt(gate, username, PASSWORD, travel)).isEqualTo("SignInDelayedException 2");
        clock.advance(Duration.ofSeconds(2));
        assertThat(attempt(gate, username, PASSWORD, travel)).isEqualTo("signed in");
    }

    @Test
    void theDelayGrowsButNeverBeyondAMinute() {
        AuthenticationManager gate = gate();
        int evaluated = 0;
        int longest = 0;
        String attacker = newAddress();
        for (int round = 0; round < 40; round++) {
            if (round % SignInThrottleService.MAX_FAILURES == 0) {
                attacker = newAddress();
            }
            String outcome = attempt(gate, username, WRONG, attacker);
            if (outcome.startsWith("SignInDelayedException")) {
                int seconds = Integer.parseInt(outcome.substring(outcome.indexOf(' ') + 1));
                longest = Math.max(longest, seconds);
                clock.advance(Duration.ofSeconds(seconds));
            } else {
                evaluated++;
            }
        }
        assertThat(longest).isEqualTo(SignInThrottleService.MAX_DELAY_SECONDS);
        assertThat(evaluated).isLessThan(40);
    }

    @Test
    void sprayingManyNamesFromOneAddressIsSlowedDown() {
        AuthenticationManager gate = gate();
        String sprayer = newAddress();
        for (int i = 0; i < SignInThrottleService.DELAY_AFTER; i++) {
            assertThat(attempt(gate, uniqueName(), WRONG, sprayer)).isEqualTo("BadCredentialsException");
        }
        assertThat(attempt(gate, uniqueName(), WRONG, sprayer)).isEqualTo("SignInDelayedException 1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt(gate, uniqueName(), WRONG, sprayer)).isEqualTo("BadCredentialsException");
        assertThat(attempt(gate, uniqueName(), WRONG, sprayer)).isEqualTo("SignInDelayedException 2");

        // other addresses are not slowed down by it
        assertThat(attempt(gate, uniqueName(), WRONG, newAddress())).isEqualTo("BadCredentialsException");
        assertThat(attempt(gate, username, PASSWORD, newAddress())).isEqualTo("signed in");

        // a quiet quarter of an hour starts the count again
        clock.advance(Duration.ofMinutes(SignInThrottleService.WINDOW_MINUTES + 1));
        for (int i = 0; i < SignInThrottleService.DELAY_AFTER - 1; i++) {
            assertThat(attempt(gate, uniqueName(), WRONG, sprayer)).isEqualTo("BadCredentialsException");
        }
    }

    @Test
    void manyPeopleSigningInAtOnceFromOneAddressAreNotSlowedDown() throws Exception {
        // an assembly hall behind one address: more people than the address's failure budget
        int people = SignInThrottleService.DELAY_AFTER + 5;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String name = uniqueName();
            callAs("admin", () -> UserFixtures.create(users, jdbc, UserServiceTest.form(name, Role.MEMBER), PASSWORD));
            names.add(name);
        }
        String hall = newAddress();
        // every password check waits until all of them are being checked: all are in flight at once
        CountDownLatch allInFlight = new CountDownLatch(people);
        PasswordEncoder waitingEncoder = new CountingEncoder(passwordEncoder, () -> {
            allInFlight.countDown();
            try {
                allInFlight.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AuthenticationManager gate = ThrottledAuthenticationProvider.of(
                userDetailsService,
                waitingEncoder,
                new SignInThrottleService(queries, clock, transactions),
                clients,
                clock)::authenticate;

        List<Callable<String>> signIns = new ArrayList<>();
        for (String name : names) {
            signIns.add(() -> attempt(gate, name, PASSWORD, hall));
        }
        assertThat(Race.run(signIns)).extracting(Race.Outcome::value).containsOnly("signed in");

        // failures from the hall are still counted once they are settled
        for (int i = 0; i < SignInThrottleService.DELAY_AFTER; i++) {
            assertThat(attempt(gate(), uniqueName(), WRONG, hall)).isEqualTo("BadCredentialsException");
        }
        assertThat(attempt(gate(), uniqueName(), WRONG, hall)).isEqualTo("SignInDelayedException 1");
    }

    @Test
    void aDisabledAccountCostsAPasswordCheckAndAnswersLikeAWrongPasswordAndCountsTowardTheLock() throws Exception {
        runAs("admin", () -> users.setEnabled(userId, false));
        AtomicInteger checks = new AtomicInteger();
        AuthenticationManager gate = ThrottledAuthenticationProvider.of(
                userDetailsService,
                new CountingEncoder(passwordEncoder, checks::incrementAndGet),
                new SignInThrottleService(queries, clock, transactions),
                clients,
                clock)::authenticate;
        String address = newAddress();

        assertThat(attempt(gate, username, PASSWORD, address)).isEqualTo("BadCredentialsException");
        assertThat(checks.get())
                .as("hash checks for the right password of a disabled account")
                .isEqualTo(1);
        assertThat(attempt(gate, username, WRONG, address)).isEqualTo("BadCredentialsException");
        assertThat(checks.get()).isEqualTo(2);
        assertThat(attempt(gate, uniqueName(), WRONG, address)).isEqualTo("BadCredentialsException");
        assertThat(checks.get()).as("a hash check for an unknown name too").isEqualTo(3);

        assertThat(attempt(gate, username, PASSWORD, address)).isEqualTo("BadCredentialsException");
        assertThat(attempt(gate, username, PASSWORD, address)).isEqualTo("BadCredentialsException");
        assertThat(attempt(gate, username, PASSWORD, address)).isEqualTo("LockedException");
        assertThat(checks.get()).isEqualTo(6);
    }

    @Test
    void theHourlyPurgeRemovesOnlyRowsThatHoldNothing() {
        Instant now = clock.instant();
        String idle = uniqueName();
        String recent = uniqueName();
        String locked = uniqueName();
        String known = uniqueName();
        insertRow(idle, "203.0.113.1", now.minus(Duration.ofDays(2)), null, null);
        insertRow(recent, "203.0.113.1", now.minus(Duration.ofMinutes(5)), null, null);
        insertRow(locked, "203.0.113.1", now.minus(Duration.ofDays(2)), now.plus(Duration.ofMinutes(5)), null);
        insertRow(known, "203.0.113.1", now.minus(Duration.ofDays(20)), null, now.minus(Duration.ofDays(20)));
        String idleClient = newAddress();
        String busyClient = newAddress();
        jdbc.update(
                "insert into sign_in_client_throttle (client, failed_count, last_attempt_at) values (?, 3, ?)",
                idleClient,
                utc(now.minus(Duration.ofDays(2))));
        jdbc.update(
                "insert into sign_in_client_throttle (client, failed_count, last_attempt_at) values (?, 3, ?)",
                busyClient,
                utc(now));

        // The purge itself, not the hourly job: the job's cluster lock skips a call made within a
        // minute of the scheduled run, which would make this test depend on the wall clock.
        SignInThrottleService throttle = new SignInThrottleService(queries, clock, transactions);
        throttle.purge();
        throttle.purge(); // a second run (or another node) changes nothing

        assertThat(jdbc.queryForList(
                        "select username from sign_in_throttle where username in (?, ?, ?, ?)",
                        String.class,
                        idle,
                        recent,
                        locked,
                        known))
                .containsExactlyInAnyOrder(recent, locked, known);
        assertThat(jdbc.queryForList(
                        "select client from sign_in_client_throttle where client in (?, ?)",
                        String.class,
                        idleClient,
                        busyClient))
                .containsExactly(busyClient);
    }

    private AuthenticationManager gate() {
        return ThrottledAuthenticationProvider.of(
                userDetailsService,
                passwordEncoder,
                new SignInThrottleService(queries, clock, transactions),
                clients,
                clock)::authenticate;
    }

    /** One attempt from {@code address}, as the sign-in form's request would make it. */
    private String attempt(AuthenticationManager gate, String name, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            gate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
            return "signed in";
        } catch (SignInDelayedException e) {
            return "SignInDelayedException " + e.retryAfterSeconds();
        } catch (AuthenticationException e) {
            return e.getClass().getSimpleName();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private String viaManager(String name, String password, String address) {
        return attempt(authenticationManager, name, password, address);
    }

    private void insertRow(String name, String client, Instant lastAttempt, Instant lockedUntil, Instant lastSuccess) {
        jdbc.update("""
                insert into sign_in_throttle (username, client, version, failed_count, locked_until, last_attempt_at,
                    last_success_at) values (?, ?, 0, 1, ?, ?, ?)""", name, client, utc(lockedUntil), utc(lastAttempt), utc(lastSuccess));
    }

    private static java.time.LocalDateTime utc(Instant instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A documentation address (RFC 5737) of this test alone. */
    private String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "198.51." + random.nextInt(101, 255) + "." + random.nextInt(1, 255);
        addresses.add(address);
        return address;
    }

    private static String uniqueName() {
        return PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    /** The application's encoder, with something run at every password check. */
    record CountingEncoder(PasswordEncoder delegate, Runnable onCheck) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            onCheck.run();
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    static final class TestClock extends Clock {

        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
