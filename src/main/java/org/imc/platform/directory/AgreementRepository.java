package org.imc.platform.directory;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<AffiliateAgreement, Long> {

    List<AffiliateAgreement> findByAffiliateIdOrderByStartDateDescIdDesc(Long affiliateId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AffiliateAgreement a where a.id = :id")
    Optional<AffiliateAgreement> findForUpdate(@Param("id") Long id);

    /** Agreements ending between today and the horizon whose liaison has not been told yet. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AffiliateAgreement a where a.endDate >= :today and a.endDate <= :horizon "
            + "and a.renewalNotifiedOn is null and a.liaisonUserId is not null order by a.endDate, a.id")
    List<AffiliateAgreement> dueForRenewalNotice(@Param("today") LocalDate today, @Param("horizon") LocalDate horizon);

    /**
     * A liaison's agreements that need renewing: ending before the horizon (or ended) and not
     * followed by a later agreement of the same affiliate.
     */
    @Query("select a from AffiliateAgreement a where a.liaisonUserId = :liaison and a.endDate <= :horizon "
            + "and not exists (select 1 from AffiliateAgreement b where b.affiliateId = a.affiliateId "
            + "and b.startDate > a.startDate) order by a.endDate, a.id")
    List<AffiliateAgreement> toRenew(@Param("liaison") Long liaisonUserId, @Param("horizon") LocalDate horizon);

    @Query("select a.id from AffiliateAgreement a where a.liaisonUserId = :liaison")
    List<Long> idsOfLiaison(@Param("liaison") Long liaisonUserId);

    @Query("select count(a) from AffiliateAgreement a where a.startDate <= :today and a.endDate >= :today")
    long countActive(@Param("today") LocalDate today);
}
