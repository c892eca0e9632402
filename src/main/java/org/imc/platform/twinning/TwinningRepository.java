package org.imc.platform.twinning;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TwinningRepository extends JpaRepository<Twinning, Long> {

    /** Loads a twinning and holds its row until the transaction ends: transitions are serialised. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Twinning t where t.id = :id")
    Optional<Twinning> findForUpdate(Long id);

    boolean existsByOpenPair(String openPair);

    @Query("select t from Twinning t where t.status in :statuses and (:municipalityId is null "
            + "or t.proposerMunicipalityId = :municipalityId or t.partnerMunicipalityId = :municipalityId)")
    List<Twinning> findByStatusIn(Collection<TwinningStatus> statuses, Long municipalityId, Pageable pageable);

    @Query("select count(t) from Twinning t where t.status in :statuses and (:municipalityId is null "
            + "or t.proposerMunicipalityId = :municipalityId or t.partnerMunicipalityId = :municipalityId)")
    long countByStatusIn(Collection<TwinningStatus> statuses, Long municipalityId);

    @Query(
            "select t from Twinning t where t.openPair is not null and (t.proposerMunicipalityId = :municipalityId or t.partnerMunicipalityId = :municipalityId)")
    List<Twinning> findOpenOf(Long municipalityId);
}
