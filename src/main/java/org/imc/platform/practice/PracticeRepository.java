package org.imc.platform.practice;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PracticeRepository extends JpaRepository<Practice, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Practice p where p.id = :id")
    Optional<Practice> findForUpdate(@Param("id") Long id);
}
