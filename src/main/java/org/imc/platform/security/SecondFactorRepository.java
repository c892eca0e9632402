package org.imc.platform.security;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    boolean existsByUserId(Long userId);

    @Modifying
    @Query("delete from SecondFactor f where f.userId = :userId")
    int deleteByUserId(Long userId);

    /** Which of {@code userIds} have an authenticator app. */
    @Query("select f.userId from SecondFactor f where f.userId in :userIds")
    List<Long> enrolledAmong(Collection<Long> userIds);

    /** Users whose secret is not stored in the form {@code prefix} marks (the sealed one). */
    @Query("select f.userId from SecondFactor f where f.sealedSecret not like concat(:prefix, '%')")
    List<Long> findUserIdsBySecretNotStartingWith(String prefix);

    /** Locked, so two requests with the same code cannot both be accepted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from SecondFactor f where f.userId = :userId")
    Optional<SecondFactor> findForUpdate(Long userId);
}
