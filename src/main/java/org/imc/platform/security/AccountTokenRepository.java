package org.imc.platform.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** The token row locked, so two uses of one link at the same moment cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :tokenHash")
    Optional<AccountToken> lockByTokenHash(String tokenHash);

    /** Links of a purpose sent to a user since {@code since} (the per-account throttle of resets). */
    long countByUserIdAndPurposeAndCreatedAtAfter(Long userId, AccountLinkPurpose purpose, Instant since);

    /** Every still open link of a user for a purpose ends (a used link ends its siblings). */
    @Modifying
    @Query(
            "update AccountToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
    int closeAll(Long userId, AccountLinkPurpose purpose, Instant now);
}
