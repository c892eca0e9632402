package org.imc.platform.fund;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FundApplicationRepository
        extends JpaRepository<FundApplication, Long>, JpaSpecificationExecutor<FundApplication> {

    /** Loads an application and holds its row until the transaction ends: document uploads and transitions are serialised. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from FundApplication a where a.id = :id")
    Optional<FundApplication> findForUpdate(Long id);
}
