package org.imc.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInThrottleRepository extends JpaRepository<SignInThrottle, String> {

    @Query("select count(t) > 0 from SignInThrottle t where t.username = :username and t.lockedUntil > :now")
    boolean isLocked(String username, Instant now);

    /** Which of the given names are locked right now, in one query. */
    @Query("select t.username from SignInThrottle t where t.username in :usernames and t.lockedUntil > :now")
    List<String> findLockedAmong(Collection<String> usernames, Instant now);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SignInThrottle t where t.username = :username")
    java.util.Optional<SignInThrottle> findForUpdate(String username);

    /** Adds a row for the name unless one exists; safe when two failures race. */
    @Modifying
    @Query(
            value = "insert ignore into sign_in_throttle (username, version, failed_count) values (:username, 0, 0)",
            nativeQuery = true)
    void ensureExists(String username);
}
