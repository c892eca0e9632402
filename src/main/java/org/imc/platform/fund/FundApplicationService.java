package org.imc.platform.fund;

import org.imc.platform.security.Roles;
import jakarta.validation.Valid;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.security.UserService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loan applications from draft to decision. Mayors act only for their own municipality (another
 * municipality's application does not exist for them, even by id); fund officers review, recommend
 * and decide, and the officer who recommended cannot approve (four eyes). An approval creates the
 * loan with its schedule; it is refused when it would exceed the available capital, checked under
 * a lock on the fund so that two simultaneous approvals cannot both spend the same money.
 * Documents are handled by {@link ApplicationDocuments}, lists by {@link ApplicationLists}.
 */
@Service
@Validated
@PreAuthorize(Roles.IS_MAYOR_OR_FUND_OFFICER)
public class FundApplicationService {

    static final String ENTITY = "FundApplication";
    public static final BigDecimal MAX_RATE = new BigDecimal("30");

    private final FundApplicationRepository applications;
    private final LoanRepository loans;
    private final FundLedger ledger;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final UserService users;
    private final Clock clock;

    FundApplicationService(FundApplicationRepository applications, LoanRepository loans,
                           FundLedger ledger, CurrentUser currentUser, AuditService audit,
                           NotificationService notifications, UserService users, Clock clock) {
        this.applications = applications;
        this.loans = loans;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    // ---- reading one ----

    @Transactional(readOnly = true)
    public FundApplication get(Long id) {
        FundApplication application = applications.findById(id).orElseThrow(RecordNotFoundException::new);
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.FUND_OFFICER) && !currentUser.isMayorOf(application.getMunicipalityId())) {
            throw new RecordNotFoundException();
        }
        return application;
    }

    // ---- the applicant ----

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication createDraft(@Valid ApplicationDraft draft) {
        SignedInUser user = currentUser.require();
        if (user.municipalityId() == null) {
            throw new BusinessException("fund.error.no-municipality");
        }
        FundApplication saved = applications.save(new FundApplication(user.municipalityId(), user.id(), draft));
        audit.record("CREATE", ENTITY, saved.getId(), null, snapshot(saved));
        return saved;
    }

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication updateDraft(Long id, long expectedVersion, @Valid ApplicationDraft draft) {
        FundApplication application = own(id, expectedVersion);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new BusinessException("fund.error.not-editable");
        }
        Map<String, Object> before = snapshot(application);
        application.copyFrom(draft);
        applications.saveAndFlush(application);
        audit.record("UPDATE", ENTITY, id, before, snapshot(application));
        return application;
    }

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication submit(Long id, long expectedVersion) {
        FundApplication application = own(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.SUBMITTED);
        application.submitted(clock.instant());
        applications.saveAndFlush(application);
        audit.record("SUBMIT", ENTITY, id, before, snapshot(application));
        officerIds().forEach(officer -> notifications.notify(officer, "fund.notify.submitted", link(id), application.getTitle()));
        return application;
    }

    /** The applicant answers an officer's question; the application goes back to its reviewer. */
    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication answer(Long id, long expectedVersion, String answer) {
        String text = requiredText(answer);
        FundApplication application = own(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.UNDER_REVIEW);
        application.answer(text);
        applications.saveAndFlush(application);
        audit.record("ANSWER", ENTITY, id, before, snapshot(application));
        if (application.getReviewerId() != null) {
            notifications.notify(application.getReviewerId(), "fund.notify.answered", link(id), application.getTitle());
        }
        return application;
    }

    // ---- officers ----

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional
    public FundApplication take(Long id, long expectedVersion) {
        FundApplication application = versioned(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.UNDER_REVIEW);
        application.takenBy(currentUser.require().id());
        applications.saveAndFlush(application);
        audit.record("TAKE", ENTITY, id, before, snapshot(application));
        notifications.notify(application.getApplicantId(), "fund.notify.under-review", link(id), application.getTitle());
        return application;
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional
    public FundApplication requestInfo(Long id, long expectedVersion, String question) {
        String text = requiredText(question);
        FundApplication application = versioned(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.INFO_REQUESTED);
        application.askInfo(text);
        applications.saveAndFlush(application);
        audit.record("REQUEST_INFO", ENTITY, id, before, snapshot(application));
        notifications.notify(application.getApplicantId(), "fund.notify.info-requested", link(id), application.getTitle());
        return application;
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional
    public FundApplication recommend(Long id, long expectedVersion, @Valid Rubric rubric, String note) {
        FundApplication application = versioned(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.RECOMMENDED);
        application.recommend(currentUser.require().id(), rubric, optionalText(note));
        applications.saveAndFlush(application);
        audit.record("RECOMMEND", ENTITY, id, before, snapshot(application));
        officerIds().stream().filter(o -> !o.equals(currentUser.require().id()))
                .forEach(officer -> notifications.notify(officer, "fund.notify.recommended", link(id), application.getTitle()));
        return application;
    }

    /**
     * Approves a recommended application at the given annual rate (per cent) and creates its loan.
     * Refused for the officer who recommended it, and when the principal exceeds the available
     * capital. Approvals and disbursements wait for each other on the fund's lock, and read the
     * ledger as committed (READ COMMITTED) once they hold it.
     */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Loan approve(Long id, long expectedVersion, BigDecimal annualRate, String reason) {
        if (annualRate == null || annualRate.signum() < 0 || annualRate.compareTo(MAX_RATE) > 0 || annualRate.scale() > 4) {
            throw new BusinessException("fund.error.rate", MAX_RATE);
        }
        ledger.lockFund();
        FundApplication application = versioned(id, expectedVersion);
        Long me = currentUser.require().id();
        if (me.equals(application.getRecommendedById())) {
            throw new BusinessException("fund.error.four-eyes");
        }
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.APPROVED);
        Capital capital = ledger.capital();
        if (application.getAmount().compareTo(capital.available()) > 0) {
            throw new BusinessException("fund.error.insufficient-capital", capital.available().toPlainString(),
                    application.getAmount().toPlainString());
        }
        application.decide(me, clock.instant(), optionalText(reason));
        applications.saveAndFlush(application);
        LocalDate today = LocalDate.now(clock);
        Loan loan = loans.saveAndFlush(new Loan(application, annualRate, today));
        ledger.saveSchedule(loan.getId(), AmortisationSchedule.compute(loan.getPrincipal(), annualRate,
                loan.getTermMonths(), loan.getGraceMonths(), today));
        audit.record("APPROVE", ENTITY, id, before, snapshot(application));
        audit.record("CREATE", LoanService.ENTITY, loan.getId(), null, Map.of("principal", loan.getPrincipal(),
                "annualRate", annualRate, "termMonths", loan.getTermMonths(), "graceMonths", loan.getGraceMonths()));
        notifications.notify(application.getApplicantId(), "fund.notify.approved", "fund/loans/" + loan.getId(), application.getTitle());
        return loan;
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional
    public FundApplication reject(Long id, long expectedVersion, String reason) {
        String text = requiredText(reason);
        FundApplication application = versioned(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.REJECTED);
        application.decide(currentUser.require().id(), clock.instant(), text);
        applications.saveAndFlush(application);
        audit.record("REJECT", ENTITY, id, before, snapshot(application));
        notifications.notify(application.getApplicantId(), "fund.notify.rejected", link(id), application.getTitle());
        return application;
    }

    // ---- helpers ----

    private FundApplication own(Long id, long expectedVersion) {
        FundApplication application = get(id);
        if (!currentUser.isMayorOf(application.getMunicipalityId())) {
            throw new RecordNotFoundException();
        }
        checkVersion(application, expectedVersion);
        return application;
    }

    private FundApplication versioned(Long id, long expectedVersion) {
        FundApplication application = get(id);
        checkVersion(application, expectedVersion);
        return application;
    }

    private static void checkVersion(FundApplication application, long expectedVersion) {
        if (application.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FundApplication.class, application.getId());
        }
    }

    private List<Long> officerIds() {
        return users.idsWithRole(Role.FUND_OFFICER);
    }

    static String requiredText(String text) {
        String t = optionalText(text);
        if (t == null) {
            throw new BusinessException("fund.error.text-required");
        }
        return t;
    }

    static String optionalText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.length() > 2000) {
            throw new BusinessException("fund.error.text-too-long", 2000);
        }
        if (t.indexOf('<') >= 0 || t.indexOf('>') >= 0) {
            throw new BusinessException("validation.plain-text");
        }
        return t;
    }

    private static String link(Long id) {
        return "fund/applications/" + id;
    }

    private static Map<String, Object> snapshot(FundApplication a) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", a.getStatus());
        map.put("title", a.getTitle());
        map.put("subProgramme", a.getSubProgramme());
        map.put("amount", a.getAmount());
        map.put("termMonths", a.getTermMonths());
        map.put("graceMonths", a.getGraceMonths());
        map.put("priorityScore", a.getPriorityScore());
        return map;
    }

    static boolean anyOf(ApplicationStatus status, ApplicationStatus... statuses) {
        return Arrays.asList(statuses).contains(status);
    }
}
