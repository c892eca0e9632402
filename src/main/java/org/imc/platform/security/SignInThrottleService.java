package org.imc.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imc.platform.security.SecurityQueries.ClientRow;
import org.imc.platform.security.SecurityQueries.NameRow;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in gate (see docs/decisions/2026-11-30-sign-in-throttling.md). Before a password is
 * checked, {@link #admit} decides under row locks whether the attempt may be evaluated at all and,
 * if so, counts it as a failure in advance; {@link #succeeded} takes that back. So parallel
 * guesses cannot slip past the count, and a success in flight never lifts a lock set after it.
 * <ul>
 * <li>{@value #MAX_FAILURES} failures in a row from one address lock that (name, address) pair
 * for {@value #LOCK_MINUTES} minutes; the owner signing in from elsewhere is not locked out;</li>
 * <li>from the {@value #DELAY_AFTER}th failure of a name (from all addresses, within
 * {@value #WINDOW_MINUTES} minutes) each further attempt for it waits a growing delay of at most
 * {@value #MAX_DELAY_SECONDS} s, except from addresses the name signed in from before;</li>
 * <li>the same growing delay per client address after {@value #DELAY_AFTER} failures from it,
 * whatever the names (password spraying). These are counted when they are settled
 * ({@link #failed}), not in advance: many people behind one address (an assembly, an office
 * network) signing in at once are many attempts in flight, not failures.</li>
 * </ul>
 * Refused attempts are answered at once (no request thread sleeps) and are not counted.
 */
@Service
class SignInThrottleService {

    static final int MAX_FAILURES = 5;
    static final int LOCK_MINUTES = 15;
    static final int DELAY_AFTER = 10;
    static final int MAX_DELAY_SECONDS = 60;
    static final int WINDOW_MINUTES = 15;
    static final int KNOWN_ADDRESS_DAYS = 90;
    /** The pair row's client when an attempt comes without an HTTP request (never in production). */
    static final String NO_ADDRESS = "-";

    private final SecurityQueries queries;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    SignInThrottleService(SecurityQueries queries, Clock clock, PlatformTransactionManager transactionManager) {
        this.queries = queries;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String normalize(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }

    /** An admitted attempt, counted as a failure until {@link #succeeded} says otherwise. */
    record Ticket(
            String username,
            String pairClient,
            String client,
            int pairFailuresBefore,
            long pairVersion,
            boolean locksOnFailure) {}

    /** What the gate decided: a ticket, or the refusal to throw. */
    private record Decision(Ticket ticket, AuthenticationException refusal) {}

    /**
     * Admits one attempt for {@code username} from {@code client} (null without a request), or
     * throws {@link LockedException} (the pair is locked) or {@link SignInDelayedException}.
     * The rows are created in a transaction of their own before they are locked: doing both in
     * one transaction lets parallel attempts deadlock (InnoDB's shared duplicate-key lock of the
     * insert cannot be upgraded to the exclusive lock of the locking read in two transactions).
     * Lock order is always name rows, then the address row, so attempts never wait in a cycle.
     */
    Ticket admit(String username, String client) {
        String name = normalize(username);
        String pair = client == null ? NO_ADDRESS : client;
        for (int round = 0; round < 3; round++) {
            newTransaction.executeWithoutResult(status -> queries.ensureRows(name, pair, client));
            Decision decision = newTransaction.execute(status -> decide(name, pair, client));
            if (decision == null) {
                continue; // a row was purged in between: create it again
            }
            if (decision.refusal() != null) {
                throw decision.refusal();
            }
            return decision.ticket();
        }
        throw new IllegalStateException("sign-in throttle rows keep disappearing");
    }

    private Decision decide(String name, String pair, String client) {
        Instant now = clock.instant();
        Map<String, NameRow> rows = queries.lockNameRows(name, pair);
        NameRow nameRow = rows.get(SecurityQueries.EVERYWHERE);
        NameRow pairRow = rows.get(pair);
        // read, not locked: the address's count changes only when an attempt has failed
        ClientRow clientRow = client == null ? null : queries.clientRow(client).orElse(null);
        if (nameRow == null || pairRow == null || (client != null && clientRow == null)) {
            return null;
        }
        if (pairRow.lockedUntil() != null && !pairRow.lockedUntil().isAfter(now)) {
            pairRow = new NameRow(0, null, pairRow.lastAttemptAt(), pairRow.lastSuccessAt(), pairRow.version());
        }
        if (pairRow.lockedUntil() != null) {
            queries.countRefusal(name, pair);
            return new Decision(null, new LockedException("locked"));
        }
        boolean knownAddress = client != null
                && pairRow.lastSuccessAt() != null
                && pairRow.lastSuccessAt().isAfter(now.minus(Duration.ofDays(KNOWN_ADDRESS_DAYS)));
        if (!knownAddress && isAfter(nameRow.lockedUntil(), now)) {
            return new Decision(null, new SignInDelayedException(secondsUntil(nameRow.lockedUntil(), now)));
        }
        if (clientRow != null && !knownAddress && isAfter(clientRow.nextAttemptAt(), now)) {
            return new Decision(null, new SignInDelayedException(secondsUntil(clientRow.nextAttemptAt(), now)));
        }

        int pairFailures = pairRow.failedCount() + 1;
        boolean locks = pairFailures >= MAX_FAILURES;
        queries.updateNameRow(
                name,
                pair,
                new NameRow(
                        pairFailures,
                        locks ? now.plus(Duration.ofMinutes(LOCK_MINUTES)) : null,
                        now,
                        pairRow.lastSuccessAt()));
        int nameFailures = (withinWindow(nameRow.lastAttemptAt(), now) ? nameRow.failedCount() : 0) + 1;
        queries.updateNameRow(
                name,
                SecurityQueries.EVERYWHERE,
                new NameRow(
                        nameFailures,
                        // an attempt from a known address counts, but does not delay the others
                        nameFailures >= DELAY_AFTER && !knownAddress
                                ? now.plus(delay(nameFailures))
                                : (isAfter(nameRow.lockedUntil(), now) ? nameRow.lockedUntil() : null),
                        now,
                        nameRow.lastSuccessAt()));
        return new Decision(new Ticket(name, pair, client, pairRow.failedCount(), pairRow.version() + 1, locks), null);
    }

    /**
     * The admitted attempt signed in: its own advance count is taken back everywhere, the failures
     * from its address before it are forgiven (failures "in a row"), the address becomes known for
     * the name. Failures admitted after it stay counted. The lock its own advance count set (as the
     * fifth attempt) is lifted only if nothing happened on the pair since: once the lock has
     * refused an attempt, or a later attempt was admitted, it stays.
     */
    void succeeded(Ticket ticket) {
        newTransaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Map<String, NameRow> rows = queries.lockNameRows(ticket.username(), ticket.pairClient());
            NameRow pairRow = rows.get(ticket.pairClient());
            if (pairRow != null) {
                boolean untouched = pairRow.version() == ticket.pairVersion();
                int left = Math.max(0, pairRow.failedCount() - ticket.pairFailuresBefore() - 1);
                queries.updateNameRow(
                        ticket.username(),
                        ticket.pairClient(),
                        new NameRow(left, untouched ? null : pairRow.lockedUntil(), now, now));
            }
            NameRow nameRow = rows.get(SecurityQueries.EVERYWHERE);
            if (nameRow != null) {
                queries.updateNameRow(
                        ticket.username(),
                        SecurityQueries.EVERYWHERE,
                        new NameRow(
                                Math.max(0, nameRow.failedCount() - 1),
                                nameRow.lockedUntil(),
                                nameRow.lastAttemptAt(),
                                now));
            }
        });
    }

    /**
     * The admitted attempt failed (wrong password, unknown name or disabled account): the name's
     * counts were taken in advance, so only its address's count grows here, and from the
     * {@value #DELAY_AFTER}th failure within the window the address must wait.
     */
    void failed(Ticket ticket) {
        if (ticket.client() == null) {
            return;
        }
        newTransaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            queries.lockClientRow(ticket.client()).ifPresent(row -> {
                int failures = (withinWindow(row.lastAttemptAt(), now) ? row.failedCount() : 0) + 1;
                Instant next = failures >= DELAY_AFTER ? now.plus(delay(failures)) : null;
                if (isAfter(row.nextAttemptAt(), now)
                        && (next == null || row.nextAttemptAt().isAfter(next))) {
                    next = row.nextAttemptAt();
                }
                queries.updateClientRow(ticket.client(), new ClientRow(failures, next, now));
            });
        });
    }

    /**
     * The keys a user's attempts are counted under: the password at sign-in, the second factor's
     * code ({@link SecondFactorService#throttleKey}) and the current password when changing it
     * ({@link #passwordChangeKey}).
     */
    static List<String> keysOf(String username) {
        String name = normalize(username);
        return List.of(name, normalize(SecondFactorService.throttleKey(name)), normalize(passwordChangeKey(name)));
    }

    /** Counted apart from sign-in: user names cannot contain '#'. */
    static String passwordChangeKey(String username) {
        return username + "#password-change";
    }

    /** Whether any of the user's attempts (password, second factor, password change) is locked now. */
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return !lockedAmong(List.of(username)).isEmpty();
    }

    /** The names among {@code usernames} that are locked right now (one query for a whole page). */
    @Transactional(readOnly = true)
    public Set<String> lockedAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        Map<String, String> owners = new HashMap<>();
        for (String username : usernames) {
            for (String key : keysOf(username)) {
                owners.put(key, normalize(username));
            }
        }
        Set<String> locked = new HashSet<>();
        for (String key : queries.lockedAmong(List.copyOf(owners.keySet()), clock.instant())) {
            locked.add(owners.get(key));
        }
        return locked;
    }

    /** Lifts the locks and delays of the user's sign-in, second-factor and password-change attempts. */
    @Transactional
    public void unlock(String username) {
        for (String key : keysOf(username)) {
            queries.unlock(key);
        }
    }

    /** Removes rows that hold nothing any more; returns how many. */
    @Transactional
    public int purge() {
        Instant now = clock.instant();
        return queries.purge(now, now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(KNOWN_ADDRESS_DAYS)));
    }

    /** 1 s at the threshold, doubling with each further failure, at most {@value #MAX_DELAY_SECONDS} s. */
    static Duration delay(int failures) {
        int doublings = Math.min(failures - DELAY_AFTER, 6);
        return Duration.ofSeconds(Math.min(1L << doublings, MAX_DELAY_SECONDS));
    }

    private static boolean withinWindow(Instant lastAttempt, Instant now) {
        return lastAttempt != null && lastAttempt.isAfter(now.minus(Duration.ofMinutes(WINDOW_MINUTES)));
    }

    private static boolean isAfter(Instant instant, Instant now) {
        return instant != null && instant.isAfter(now);
    }

    private static int secondsUntil(Instant until, Instant now) {
        return (int) Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }
}
