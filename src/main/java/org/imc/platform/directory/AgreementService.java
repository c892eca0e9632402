package org.imc.platform.directory;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.UserService;
import org.imc.platform.workplan.OverdueGoal;
import org.imc.platform.workplan.PlanOwnerKind;
import org.imc.platform.workplan.WorkPlanService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Affiliate agreements: everyone signed in reads them; liaisons record and change them (and
 * their work plans, through {@link AgreementPlans}). The affiliate row mirrors its latest
 * agreement. Agreements ending within {@value AffiliateAgreement#RENEWAL_DAYS} days notify their
 * liaison once ({@link #notifyRenewalsDue}, from {@code AgreementRenewalJob}).
 */
@Service
@Validated
@PreAuthorize(Roles.SIGNED_IN)
public class AgreementService {

    static final String ENTITY = "AffiliateAgreement";

    private final AgreementRepository agreements;
    private final AffiliateRepository affiliates;
    private final DirectoryQueries queries;
    private final UserService users;
    private final WorkPlanService workPlans;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    AgreementService(
            AgreementRepository agreements,
            AffiliateRepository affiliates,
            DirectoryQueries queries,
            UserService users,
            WorkPlanService workPlans,
            NotificationService notifications,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.agreements = agreements;
        this.affiliates = affiliates;
        this.queries = queries;
        this.users = users;
        this.workPlans = workPlans;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** An affiliate's agreements, latest first. */
    @Transactional(readOnly = true)
    public List<AffiliateAgreement> agreements(Long affiliateId) {
        affiliates.findById(affiliateId).orElseThrow(RecordNotFoundException::new);
        return agreements.findByAffiliateIdOrderByStartDateDescIdDesc(affiliateId);
    }

    @Transactional(readOnly = true)
    public AffiliateAgreement get(Long agreementId) {
        return agreements.findById(agreementId).orElseThrow(RecordNotFoundException::new);
    }

    /** The areas of emphasis an agreement may name. */
    @Transactional(readOnly = true)
    public List<String> emphasisAreas() {
        return queries.emphasisAreas();
    }

    /** Whether the signed-in user records and changes agreements. */
    public boolean canEdit() {
        return currentUser.hasRole(Role.LIAISON);
    }

    @PreAuthorize(Roles.IS_LIAISON)
    @Transactional
    public AffiliateAgreement create(Long affiliateId, @Valid AgreementData data) {
        Affiliate affiliate = affiliates.findById(affiliateId).orElseThrow(RecordNotFoundException::new);
        check(data);
        AffiliateAgreement saved = agreements.saveAndFlush(new AffiliateAgreement(affiliateId, data));
        audit.record("CREATE", ENTITY, saved.getId(), null, saved.snapshot());
        mirror(affiliate);
        return saved;
    }

    @PreAuthorize(Roles.IS_LIAISON)
    @Transactional
    public AffiliateAgreement update(Long agreementId, long expectedVersion, @Valid AgreementData data) {
        AffiliateAgreement agreement = agreements.findForUpdate(agreementId).orElseThrow(RecordNotFoundException::new);
        agreement.requireVersion(expectedVersion);
        check(data);
        Map<String, Object> before = agreement.snapshot();
        agreement.update(data);
        agreements.saveAndFlush(agreement);
        audit.record("UPDATE", ENTITY, agreementId, before, agreement.snapshot());
        mirror(affiliates.findById(agreement.getAffiliateId()).orElseThrow(RecordNotFoundException::new));
        return agreement;
    }

    /** The signed-in liaison's agreements that end within the renewal window or have ended, unrenewed. */
    @PreAuthorize(Roles.IS_LIAISON)
    @Transactional(readOnly = true)
    public List<AffiliateAgreement> toRenew() {
        return agreements.toRenew(
                currentUser.require().id(), LocalDate.now(clock).plusDays(AffiliateAgreement.RENEWAL_DAYS));
    }

    /** Open goals past their target date in the work plans of the signed-in liaison's agreements. */
    @PreAuthorize(Roles.IS_LIAISON)
    @Transactional(readOnly = true)
    public List<OverdueGoal> overdueGoals(int limit) {
        return workPlans.overdueGoals(
                PlanOwnerKind.AGREEMENT,
                agreements.idsOfLiaison(currentUser.require().id()),
                limit);
    }

    /** Agreements in force on {@code today} (for the results pages). */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public long countActive(LocalDate today) {
        return agreements.countActive(today);
    }

    /**
     * Tells the liaison of every agreement that ends within the renewal window, once per end
     * date (a changed end date is a new reminder); idempotent, so two nodes or two runs notify
     * once. Returns how many were notified.
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional
    public int notifyRenewalsDue(LocalDate today) {
        List<AffiliateAgreement> due =
                agreements.dueForRenewalNotice(today, today.plusDays(AffiliateAgreement.RENEWAL_DAYS));
        for (AffiliateAgreement a : due) {
            Affiliate affiliate = affiliates.findById(a.getAffiliateId()).orElseThrow();
            notifications.remind(
                    a.getLiaisonUserId(),
                    "agreement.notification.ending",
                    "affiliates/" + a.getAffiliateId(),
                    affiliate.getName(),
                    a.getEndDate().toString());
            Map<String, Object> before = a.snapshot();
            a.renewalNotified(today);
            audit.recordAs(AuditService.SYSTEM, "RENEWAL_NOTICE", ENTITY, a.getId(), before, a.snapshot());
        }
        return due.size();
    }

    private void check(AgreementData data) {
        List<String> known = queries.emphasisAreas();
        for (String area : data.emphasisAreas() == null ? List.<String>of() : data.emphasisAreas()) {
            if (!known.contains(area)) {
                throw new BusinessException("agreement.error.emphasis", area);
            }
        }
        if (data.liaisonUserId() != null
                && users.withRole(Role.LIAISON).stream().noneMatch(u -> u.id().equals(data.liaisonUserId()))) {
            throw new BusinessException("agreement.error.liaison");
        }
    }

    /** The affiliate row shows its latest agreement (so the list sorts and filters by it in the database). */
    private void mirror(Affiliate affiliate) {
        agreements.findByAffiliateIdOrderByStartDateDescIdDesc(affiliate.getId()).stream()
                .max(Comparator.comparing(AffiliateAgreement::getStartDate).thenComparing(AffiliateAgreement::getId))
                .ifPresent(latest -> {
                    Map<String, Object> before = affiliate.snapshot();
                    affiliate.mirror(latest);
                    affiliates.saveAndFlush(affiliate);
                    if (!before.equals(affiliate.snapshot())) {
                        audit.record(
                                "UPDATE", AffiliateService.ENTITY, affiliate.getId(), before, affiliate.snapshot());
                    }
                });
    }
}
