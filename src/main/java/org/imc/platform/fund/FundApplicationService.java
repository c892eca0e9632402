package org.imc.platform.fund;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.FreeText;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.db.OneAtATime;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.security.UserService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Loan applications from draft to decision. Mayors act only for their own municipality (another
 * municipality's application does not exist for them, even by id); fund officers review, recommend
 * and decide, and the officer who recommended cannot approve (four eyes). Who may take which
 * action is decided once, in {@link #isActor}; views ask {@link #allowedActions}. An approval
 * creates the loan with its schedule; it is refused when it would exceed the available capital,
 * checked under a lock on the fund so that two simultaneous approvals cannot both spend the same
 * money. Documents are handled by {@link ApplicationDocuments}, lists by {@link ApplicationLists}.
 *
 * <p>A little over 300 lines on purpose: what is left is the application's workflow itself
 * (who may act, each transition, the approval that creates the loan), which reads best in one
 * place, the way {@link LoanService} keeps a loan's money movements together.
 */
@Service
@Validated
@PreAuthorize(Roles.IS_MAYOR_OR_FUND_OFFICER)
public class FundApplicationService {

    static final String ENTITY = "FundApplication";
    static final int TEXT_MAX = 2000;
    public static final BigDecimal MAX_RATE = new BigDecimal("30");

    private final FundApplicationRepository applications;
    private final LoanRepository loans;
    private final FundLedger ledger;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final UserService users;
    private final Clock clock;
    private final SdgService sdgs;
    private final ChangeFeed changes;

    FundApplicationService(
            FundApplicationRepository applications,
            LoanRepository loans,
            FundLedger ledger,
            CurrentUser currentUser,
            AuditService audit,
            NotificationService notifications,
            UserService users,
            Clock clock,
            SdgService sdgs,
            ChangeFeed changes) {
        this.sdgs = sdgs;
        this.changes = changes;
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

    /** An application the signed-in user may see: officers all, a mayor their municipality's (not found otherwise). */
    @Transactional(readOnly = true)
    public FundApplication get(Long id) {
        FundApplication application = applications.findById(id).orElseThrow(RecordNotFoundException::new);
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.FUND_OFFICER) && !currentUser.isMayorOf(application.getMunicipalityId())) {
            throw new RecordNotFoundException();
        }
        return application;
    }

    // ---- who may act ----

    /**
     * The one rule of who may take an action (whether the status allows it is the application's
     * own rule): the applicant's mayor submits and answers; fund officers take, ask, recommend
     * and reject; a fund officer approves, but never the one who recommended (four eyes). An
     * officer who is also the applicant's mayor takes none of the officer's actions on it.
     */
    static boolean isActor(FundApplication a, ApplicationAction action, SignedInUser user) {
        boolean applicant = isApplicant(a, user);
        // segregation of duties: an officer who is also the applicant's mayor never reviews it
        boolean officer = user.hasRole(Role.FUND_OFFICER) && !applicant;
        return switch (action) {
            case SUBMIT, ANSWER -> applicant;
            case TAKE, REQUEST_INFO, RECOMMEND, REJECT -> officer;
            case APPROVE -> officer && !user.id().equals(a.getRecommendedByUserId());
        };
    }

    /** Whether {@code user} is a mayor of the applicant municipality. */
    private static boolean isApplicant(FundApplication a, SignedInUser user) {
        return user.hasRole(Role.MAYOR)
                && user.municipalityId() != null
                && user.municipalityId().equals(a.getMunicipalityId());
    }

    private static boolean isOfficerAction(ApplicationAction action) {
        return action != ApplicationAction.SUBMIT && action != ApplicationAction.ANSWER;
    }

    /** The actions the signed-in user may take on this application now. */
    public Set<ApplicationAction> allowedActions(FundApplication a) {
        Set<ApplicationAction> allowed = EnumSet.noneOf(ApplicationAction.class);
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return allowed;
        }
        for (ApplicationAction action : a.getStatus().actions()) {
            if (isActor(a, action, user)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** True when the application waits for a second officer's approval because the signed-in officer recommended it. */
    public boolean awaitsAnotherOfficer(FundApplication a) {
        return a.getStatus().actions().contains(ApplicationAction.APPROVE)
                && currentUser.hasRole(Role.FUND_OFFICER)
                && !allowedActions(a).contains(ApplicationAction.APPROVE);
    }

    /** Whether the signed-in user may change the draft (for views; {@link #updateDraft} checks again). */
    public boolean canEdit(FundApplication a) {
        return a.getStatus() == ApplicationStatus.DRAFT && currentUser.isMayorOf(a.getMunicipalityId());
    }

    private void requireActor(FundApplication a, ApplicationAction action) {
        SignedInUser user = currentUser.require();
        if (isActor(a, action, user)) {
            return;
        }
        if (user.hasRole(Role.FUND_OFFICER) && isApplicant(a, user) && isOfficerAction(action)) {
            throw new BusinessException("fund.error.own-municipality");
        }
        if (action == ApplicationAction.APPROVE && user.hasRole(Role.FUND_OFFICER)) {
            throw new BusinessException("fund.error.four-eyes");
        }
        throw new AccessDeniedException(user.username() + " may not " + action + " application " + a.getId());
    }

    // ---- drafts ----

    /** A new draft of the signed-in mayor's municipality; refused for a mayor without one. */
    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication createDraft(@Valid ApplicationDraft draft) {
        SignedInUser user = currentUser.require();
        if (user.municipalityId() == null) {
            throw new BusinessException("fund.error.no-municipality");
        }
        sdgs.requireKnown(draft.getSdgTargets());
        FundApplication saved = applications.save(new FundApplication(user.municipalityId(), user.id(), draft));
        audit.record("CREATE", ENTITY, saved.getId(), null, saved.snapshot());
        changed(saved);
        return saved;
    }

    /** The applicant's mayor changes the draft; refused once submitted and for an out-of-date copy. */
    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication updateDraft(Long id, long expectedVersion, @Valid ApplicationDraft draft) {
        FundApplication application = get(id);
        if (!currentUser.isMayorOf(application.getMunicipalityId())) {
            throw new RecordNotFoundException();
        }
        application.requireVersion(expectedVersion);
        sdgs.requireKnown(draft.getSdgTargets());
        Map<String, Object> before = application.snapshot();
        application.update(draft);
        applications.saveAndFlush(application);
        audit.record("UPDATE", ENTITY, id, before, application.snapshot());
        changed(application);
        return application;
    }

    // ---- transitions ----

    /**
     * Takes an action that needs no more than a text: the applicant's mayor submits the draft
     * (every officer is told) or answers a question (its reviewer is told); an officer takes a
     * submitted application for review, asks the applicant a question or rejects it (the applicant
     * is told). REQUEST_INFO, ANSWER and REJECT need a text; RECOMMEND and APPROVE have their own
     * methods ({@link #recommend}, {@link #approve}). Refused for an out-of-date copy, a user who
     * may not act ({@link #isActor}) and an action the status does not allow.
     */
    @Transactional
    public FundApplication perform(Long id, long expectedVersion, ApplicationAction action, String text) {
        if (action == ApplicationAction.RECOMMEND || action == ApplicationAction.APPROVE) {
            throw new IllegalArgumentException(action + " takes its own inputs: use its own method");
        }
        String cleaned = action.needsText() ? FreeText.required(text, TEXT_MAX, "fund.error.text-required") : null;
        Long me = currentUser.require().id();
        FundApplication application = transition(id, expectedVersion, action, a -> {
            switch (action) {
                case SUBMIT -> a.submit(clock.instant());
                case ANSWER -> a.answer(cleaned);
                case TAKE -> a.take(me);
                case REQUEST_INFO -> a.requestInfo(cleaned);
                case REJECT -> a.reject(me, clock.instant(), cleaned);
                case RECOMMEND, APPROVE -> throw new IllegalStateException();
            }
        });
        String title = application.getTitle();
        switch (action) {
            case SUBMIT ->
                officerIds()
                        .forEach(officer -> notifications.notify(officer, "fund.notify.submitted", link(id), title));
            case ANSWER -> {
                if (application.getReviewerUserId() != null) {
                    notifications.notify(application.getReviewerUserId(), "fund.notify.answered", link(id), title);
                }
            }
            case TAKE ->
                notifications.notify(application.getApplicantUserId(), "fund.notify.under-review", link(id), title);
            case REQUEST_INFO ->
                notifications.notify(application.getApplicantUserId(), "fund.notify.info-requested", link(id), title);
            case REJECT ->
                notifications.notify(application.getApplicantUserId(), "fund.notify.rejected", link(id), title);
            case RECOMMEND, APPROVE -> throw new IllegalStateException();
        }
        return application;
    }

    /** An officer scores the application and recommends it; the other officers are told. */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional
    public FundApplication recommend(Long id, long expectedVersion, @Valid Rubric rubric, String note) {
        Long me = currentUser.require().id();
        String text = FreeText.optional(note, TEXT_MAX);
        FundApplication application =
                transition(id, expectedVersion, ApplicationAction.RECOMMEND, a -> a.recommend(me, rubric, text));
        officerIds().stream()
                .filter(o -> !o.equals(me))
                .forEach(officer ->
                        notifications.notify(officer, "fund.notify.recommended", link(id), application.getTitle()));
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
    @OneAtATime("fund")
    public Loan approve(Long id, long expectedVersion, BigDecimal annualRate, String reason) {
        if (annualRate == null
                || annualRate.signum() < 0
                || annualRate.compareTo(MAX_RATE) > 0
                || annualRate.scale() > 4) {
            throw new BusinessException("fund.error.rate", MAX_RATE);
        }
        String note = FreeText.optional(reason, TEXT_MAX);
        ledger.lockFund();
        FundApplication application = get(id);
        application.requireVersion(expectedVersion);
        requireActor(application, ApplicationAction.APPROVE);
        Map<String, Object> before = application.snapshot();
        application.approve(currentUser.require().id(), clock.instant(), note);
        Capital capital = ledger.capital();
        if (application.getAmount().compareTo(capital.available()) > 0) {
            throw new BusinessException(
                    "fund.error.insufficient-capital",
                    capital.available().toPlainString(),
                    application.getAmount().toPlainString());
        }
        applications.saveAndFlush(application);
        LocalDate today = LocalDate.now(clock);
        Loan loan = loans.saveAndFlush(new Loan(application, annualRate, today));
        ledger.saveSchedule(
                loan.getId(),
                AmortisationSchedule.compute(
                        loan.getPrincipal(), annualRate, loan.getTermMonths(), loan.getGraceMonths(), today));
        audit.record(ApplicationAction.APPROVE.name(), ENTITY, id, before, application.snapshot());
        audit.record("CREATE", LoanService.ENTITY, loan.getId(), null, loan.snapshot());
        changed(application);
        notifications.notify(
                application.getApplicantUserId(),
                "fund.notify.approved",
                "fund/loans/" + loan.getId(),
                application.getTitle());
        return loan;
    }

    // ---- the steps every transition takes ----

    /**
     * Loads what the user may see, refuses an out-of-date copy and a user who may not act, lets
     * the application apply the action to itself, saves and audits it.
     */
    private FundApplication transition(
            Long id, long expectedVersion, ApplicationAction action, Consumer<FundApplication> change) {
        FundApplication application = get(id);
        application.requireVersion(expectedVersion);
        requireActor(application, action);
        Map<String, Object> before = application.snapshot();
        change.accept(application);
        applications.saveAndFlush(application);
        audit.record(action.name(), ENTITY, id, before, application.snapshot());
        changed(application);
        return application;
    }

    /** The open screens showing the application, its municipality's list and the review queue. */
    private void changed(FundApplication application) {
        changes.changed(
                Topic.fundApplication(application.getId()),
                Topic.fundApplicationsOf(application.getMunicipalityId()),
                Topic.FUND_QUEUE);
    }

    private List<Long> officerIds() {
        return users.idsWithRole(Role.FUND_OFFICER);
    }

    private static String link(Long id) {
        return "fund/applications/" + id;
    }
}
