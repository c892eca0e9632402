package org.imc.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed sign-ins in a row for a user name. Kept for any name typed, existing or not, so the
 * lock-out message never tells whether an account exists.
 */
@Entity
@Table(name = "sign_in_throttle")
class SignInThrottle {

    @Id
    @Column(length = 100)
    private String username;

    @Version
    private long version;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {}

    SignInThrottle(String username) {
        this.username = username;
    }

    String getUsername() {
        return username;
    }

    int getFailedCount() {
        return failedCount;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; returns true when this failure locks the name. */
    boolean fail(Instant now, int maxFailures, java.time.Duration lockFor) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedCount = 0;
            lockedUntil = null;
        }
        failedCount++;
        if (failedCount >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }
}
