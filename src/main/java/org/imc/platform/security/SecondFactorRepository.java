package org.imc.platform.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    boolean existsByUserId(Long userId);

    /** Locked, so two requests with the same code cannot both be accepted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from SecondFactor f where f.userId = :userId")
    Optional<SecondFactor> findForUpdate(Long userId);
}
