package org.imc.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a user name for {@value #LOCK_MINUTES} minutes after {@value #MAX_FAILURES} failed
 * sign-ins in a row. Rows are locked while counting, so parallel attempts are all counted.
 */
@Service
class SignInThrottleService {

    static final int MAX_FAILURES = 5;
    static final int LOCK_MINUTES = 15;

    private final SignInThrottleRepository repository;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    SignInThrottleService(
            SignInThrottleRepository repository, Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String normalize(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return repository.isLocked(normalize(username), clock.instant());
    }

    /** The names among {@code usernames} that are locked right now (one query for a whole page). */
    @Transactional(readOnly = true)
    public Set<String> lockedAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(repository.findLockedAmong(
                usernames.stream()
                        .map(SignInThrottleService::normalize)
                        .distinct()
                        .toList(),
                clock.instant()));
    }

    /**
     * Counts a failed attempt; returns true when the name is locked now. The row is created in a
     * transaction of its own before it is locked for counting: doing both in one transaction lets
     * parallel failures for one name deadlock (InnoDB's shared duplicate-key lock of the insert
     * cannot be upgraded to the exclusive lock of the counting read in two transactions at once).
     */
    public boolean recordFailure(String username) {
        String name = normalize(username);
        newTransaction.executeWithoutResult(status -> repository.ensureExists(name));
        return Boolean.TRUE.equals(newTransaction.execute(status -> {
            SignInThrottle throttle = repository.findForUpdate(name).orElseGet(() -> {
                repository.ensureExists(name); // removed by a success in between
                return repository.findForUpdate(name).orElseThrow();
            });
            throttle.fail(clock.instant(), MAX_FAILURES, Duration.ofMinutes(LOCK_MINUTES));
            return throttle.isLocked(clock.instant());
        }));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        repository.deleteById(normalize(username));
    }

    @Transactional
    public void unlock(String username) {
        repository.deleteById(normalize(username));
    }
}
