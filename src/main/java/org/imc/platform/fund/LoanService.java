package org.imc.platform.fund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.FreeText;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.db.OneAtATime;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loans and the money that moves for them. Every movement is a ledger entry written while holding
 * the fund's lock: contributions, disbursements (in tranches, never beyond the principal),
 * repayments (interest first, then principal; overpayments and payments on a closed loan are
 * refused) and write-offs (proposed by one officer, confirmed by another). Mayors read their own municipality's loans.
 * Money moves only on an ACTIVE loan; who may change a loan's status is decided once, in
 * {@link #isActor}, and views ask {@link #allowedActions} and {@link #canMoveMoney}.
 * <p>It stays one class (a little over 300 lines): every movement takes the same fund lock and
 * the same amount and state checks, and splitting reads from movements would separate a loan's
 * rules from the money they guard.
 */
@Service
@PreAuthorize(Roles.IS_MAYOR_OR_FUND_OFFICER)
public class LoanService {

    static final String ENTITY = "Loan";
    static final BigDecimal MAX_MOVEMENT = new BigDecimal("100000000.00");

    private final LoanRepository loans;
    private final FundLedger ledger;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final FundApplicationRepository applications;
    private final UserService users;
    private final Clock clock;

    LoanService(
            LoanRepository loans,
            FundLedger ledger,
            CurrentUser currentUser,
            AuditService audit,
            NotificationService notifications,
            FundApplicationRepository applications,
            UserService users,
            Clock clock) {
        this.loans = loans;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.applications = applications;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Loan> list(LoanStatus status, Pageable pageable) {
        return loans.findBy(visible(status), q -> q.slice(pageable)).getContent();
    }

    @Transactional(readOnly = true)
    public long count(LoanStatus status) {
        return loans.count(visible(status));
    }

    @Transactional(readOnly = true)
    public Loan get(Long id) {
        Loan loan = loans.findById(id).orElseThrow(RecordNotFoundException::new);
        if (!currentUser.hasRole(Role.FUND_OFFICER) && !currentUser.isMayorOf(loan.getMunicipalityId())) {
            throw new RecordNotFoundException();
        }
        return loan;
    }

    @Transactional(readOnly = true)
    public String title(Loan loan) {
        return loan.getApplicationId() == null
                ? "#" + loan.getId()
                : applications
                        .findById(loan.getApplicationId())
                        .map(FundApplication::getTitle)
                        .orElse("#" + loan.getId());
    }

    @Transactional(readOnly = true)
    public List<Instalment> schedule(Long loanId) {
        get(loanId);
        return ledger.schedule(loanId);
    }

    /** The loan's ledger entries, oldest value date first, each with the name of who recorded it. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> entries(Long loanId) {
        get(loanId);
        List<FundLedger.EntryRow> rows = ledger.entries(loanId);
        Map<Long, String> names = new HashMap<>();
        rows.stream()
                .map(FundLedger.EntryRow::recordedByUserId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(userId -> names.put(
                        userId, users.summary(userId).map(UserSummary::fullName).orElse(null)));
        return rows.stream().map(r -> r.entry(names.get(r.recordedByUserId()))).toList();
    }

    @Transactional(readOnly = true)
    public LoanTotals totals(Long loanId) {
        get(loanId);
        return ledger.totals(loanId);
    }

    /** Interest fallen due by {@code date} and not yet paid. */
    @Transactional(readOnly = true)
    public BigDecimal interestDue(Long loanId, LocalDate date) {
        get(loanId);
        return interestDue(loanId, ledger.totals(loanId), date);
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(readOnly = true)
    public Capital capital() {
        return ledger.capital();
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @OneAtATime("fund")
    public void contribute(BigDecimal amount, String note) {
        checkAmount(amount);
        String text = FreeText.optional(note, FundApplicationService.TEXT_MAX);
        ledger.lockFund();
        ledger.record(
                EntryType.CONTRIBUTION,
                amount,
                LocalDate.now(clock),
                null,
                currentUser.require().id(),
                text);
        audit.record("CONTRIBUTION", "Fund", 1L, null, Snapshot.of("amount", amount));
    }

    // ---- who may act ----

    /**
     * The one rule of who may change a loan's status (whether the status allows it is the loan's
     * own rule): a fund officer proposes a write-off, only they withdraw it, and a different
     * officer confirms it (four-eyes); an officer who is the borrower's mayor takes none of these.
     * CLOSE is taken by the settling repayment, never by a person.
     */
    static boolean isActor(Loan loan, LoanAction action, SignedInUser user) {
        boolean officer = user.hasRole(Role.FUND_OFFICER) && !isBorrowersMayor(loan, user);
        boolean proposer = user.id().equals(loan.getWriteOffProposedBy());
        return switch (action) {
            case CLOSE -> false;
            case PROPOSE_WRITE_OFF -> officer;
            case WITHDRAW_WRITE_OFF -> officer && proposer;
            case WRITE_OFF -> officer && !proposer;
        };
    }

    private static boolean isBorrowersMayor(Loan loan, SignedInUser user) {
        return user.hasRole(Role.MAYOR)
                && user.municipalityId() != null
                && user.municipalityId().equals(loan.getMunicipalityId());
    }

    /** Refuses the signed-in user an action {@link #isActor} does not give them, saying why where it helps. */
    private SignedInUser requireActor(Loan loan, LoanAction action) {
        SignedInUser user = currentUser.require();
        loan.requireAllows(action);
        if (isActor(loan, action, user)) {
            return user;
        }
        if (user.hasRole(Role.FUND_OFFICER) && isBorrowersMayor(loan, user)) {
            throw new BusinessException("fund.error.own-loan");
        }
        if (action == LoanAction.WRITE_OFF && user.id().equals(loan.getWriteOffProposedBy())) {
            throw new BusinessException("fund.error.write-off-four-eyes");
        }
        throw new AccessDeniedException(user.username() + " may not " + action + " loan " + loan.getId());
    }

    /** The status changes the signed-in user may make to this loan now. */
    public Set<LoanAction> allowedActions(Loan loan) {
        Set<LoanAction> allowed = EnumSet.noneOf(LoanAction.class);
        currentUser
                .get()
                .ifPresent(user -> loan.actions().stream()
                        .filter(action -> isActor(loan, action, user))
                        .forEach(allowed::add));
        return allowed;
    }

    /** Whether the signed-in user may disburse and record repayments on this loan now (fund officers, ACTIVE loans). */
    public boolean canMoveMoney(Loan loan) {
        return currentUser.hasRole(Role.FUND_OFFICER) && loan.getStatus().movesMoney();
    }

    // ---- money ----

    /** Pays out a tranche of an active loan; the tranches never add up to more than the principal. */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @OneAtATime("fund")
    public LoanTotals disburse(Long loanId, BigDecimal amount) {
        checkAmount(amount);
        ledger.lockFund();
        Loan loan = active(loanId);
        LoanTotals totals = ledger.totals(loanId);
        BigDecimal remaining = loan.getPrincipal().subtract(totals.disbursed());
        if (amount.compareTo(remaining) > 0) {
            throw new BusinessException("fund.error.over-disbursement", remaining.toPlainString());
        }
        if (amount.compareTo(ledger.capital().cash()) > 0) {
            throw new BusinessException("fund.error.no-cash");
        }
        ledger.record(
                EntryType.DISBURSEMENT,
                amount,
                LocalDate.now(clock),
                loanId,
                currentUser.require().id(),
                null);
        audit.record(
                "DISBURSE",
                ENTITY,
                loanId,
                Snapshot.of("disbursed", totals.disbursed()),
                Snapshot.of("disbursed", totals.disbursed().add(amount)));
        return ledger.totals(loanId);
    }

    /**
     * Records a repayment valued on {@code valueDate} (not in the future): first the interest
     * fallen due by then and not yet paid, the rest against the outstanding principal. A loan whose
     * whole principal was disbursed and repaid is closed ({@link LoanAction#CLOSE}).
     */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @OneAtATime("fund")
    public Repayment repay(Long loanId, BigDecimal amount, LocalDate valueDate) {
        checkAmount(amount);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = valueDate == null ? today : valueDate;
        if (date.isAfter(today)) {
            throw new BusinessException("fund.error.future-date");
        }
        ledger.lockFund();
        Loan loan = active(loanId);
        if (date.isBefore(loan.getStartDate())) {
            throw new BusinessException("fund.error.before-start");
        }
        LoanTotals totals = ledger.totals(loanId);
        BigDecimal interestDue = interestDue(loanId, totals, date);
        BigDecimal interest = amount.min(interestDue);
        BigDecimal principal = amount.subtract(interest);
        BigDecimal outstanding = totals.outstanding();
        if (principal.compareTo(outstanding) > 0) {
            throw new BusinessException(
                    "fund.error.overpayment", interestDue.add(outstanding).toPlainString());
        }
        Long me = currentUser.require().id();
        if (interest.signum() > 0) {
            ledger.record(EntryType.INTEREST, interest, date, loanId, me, null);
        }
        if (principal.signum() > 0) {
            ledger.record(EntryType.PRINCIPAL_REPAYMENT, principal, date, loanId, me, null);
        }
        boolean closed =
                principal.compareTo(outstanding) == 0 && totals.disbursed().compareTo(loan.getPrincipal()) == 0;
        Map<String, Object> after;
        if (closed) {
            loan.apply(LoanAction.CLOSE, today);
            loans.saveAndFlush(loan);
            after = Snapshot.of(
                    "interest", interest, "principal", principal, "valueDate", date, "status", loan.getStatus());
        } else {
            after = Snapshot.of("interest", interest, "principal", principal, "valueDate", date);
        }
        audit.record("REPAY", ENTITY, loanId, null, after);
        return new Repayment(interest, principal, closed);
    }

    // ---- status ----

    /**
     * The first half of a write-off: an officer proposes it with a reason; the loan stays ACTIVE,
     * marked "write-off proposed", until another officer confirms ({@link #writeOff}) or the
     * proposer withdraws it ({@link #withdrawWriteOff}). Refused without a reason, on a loan that
     * is no longer ACTIVE or already has a proposal, for an out-of-date copy and when nothing is
     * outstanding.
     */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @OneAtATime("fund")
    public void proposeWriteOff(Long loanId, long expectedVersion, String reason) {
        String text = FreeText.required(reason, FundApplicationService.TEXT_MAX, "fund.error.text-required");
        ledger.lockFund();
        Loan loan = active(loanId);
        loan.requireVersion(expectedVersion);
        SignedInUser user = requireActor(loan, LoanAction.PROPOSE_WRITE_OFF);
        BigDecimal outstanding = ledger.totals(loanId).outstanding();
        if (outstanding.signum() <= 0) {
            throw new BusinessException("fund.error.nothing-to-write-off");
        }
        loan.proposeWriteOff(user.id(), text, LocalDate.now(clock));
        loans.saveAndFlush(loan);
        audit.record(
                "PROPOSE_WRITE_OFF",
                ENTITY,
                loanId,
                Snapshot.of("writeOffProposed", false),
                Snapshot.of("writeOffProposed", true, "outstanding", outstanding, "reason", text));
    }

    /** The proposing officer takes their write-off proposal back; the loan simply stays ACTIVE. */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @OneAtATime("fund")
    public void withdrawWriteOff(Long loanId, long expectedVersion) {
        ledger.lockFund();
        Loan loan = active(loanId);
        loan.requireVersion(expectedVersion);
        requireActor(loan, LoanAction.WITHDRAW_WRITE_OFF);
        String reason = loan.getWriteOffReason();
        loan.apply(LoanAction.WITHDRAW_WRITE_OFF, LocalDate.now(clock));
        loans.saveAndFlush(loan);
        audit.record(
                "WITHDRAW_WRITE_OFF",
                ENTITY,
                loanId,
                Snapshot.of("writeOffProposed", true, "reason", reason),
                Snapshot.of("writeOffProposed", false));
    }

    /**
     * The second half of a write-off: a fund officer other than the proposer confirms that the
     * outstanding principal will not be recovered; it is written off in the ledger (with the
     * proposal's reason) and the loan is DEFAULTED. Refused to the proposer, without a proposal,
     * for an out-of-date copy and when nothing is outstanding.
     */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @OneAtATime("fund")
    public void writeOff(Long loanId, long expectedVersion) {
        ledger.lockFund();
        Loan loan = active(loanId);
        loan.requireVersion(expectedVersion);
        SignedInUser user = requireActor(loan, LoanAction.WRITE_OFF);
        BigDecimal outstanding = ledger.totals(loanId).outstanding();
        if (outstanding.signum() <= 0) {
            throw new BusinessException("fund.error.nothing-to-write-off");
        }
        LoanStatus before = loan.getStatus();
        String text = loan.getWriteOffReason();
        ledger.record(EntryType.WRITE_OFF, outstanding, LocalDate.now(clock), loanId, user.id(), text);
        loan.apply(LoanAction.WRITE_OFF, LocalDate.now(clock));
        loans.saveAndFlush(loan);
        audit.record(
                "WRITE_OFF",
                ENTITY,
                loanId,
                Snapshot.of("status", before, "proposedBy", loan.getWriteOffProposedBy()),
                Snapshot.of("status", loan.getStatus(), "writtenOff", outstanding, "reason", text));
        applications
                .findById(loan.getApplicationId() == null ? -1L : loan.getApplicationId())
                .ifPresent(a -> notifications.notify(
                        a.getApplicantUserId(), "fund.notify.written-off", "fund/loans/" + loanId, a.getTitle()));
    }

    private BigDecimal interestDue(Long loanId, LoanTotals totals, LocalDate date) {
        return ledger.interestScheduledUntil(loanId, date)
                .subtract(totals.interestPaid())
                .max(BigDecimal.ZERO);
    }

    private Loan active(Long loanId) {
        Loan loan = loans.findById(loanId).orElseThrow(RecordNotFoundException::new);
        loan.requireMoneyMoves();
        return loan;
    }

    private static void checkAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_MOVEMENT) > 0) {
            throw new BusinessException("fund.error.amount");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("fund.validation.cents");
        }
    }

    private Specification<Loan> visible(LoanStatus status) {
        Specification<Loan> visible = FundScope.visibleTo(currentUser.require());
        if (status == null) {
            return visible;
        }
        return visible.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }

    /** How a repayment was allocated. */
    public record Repayment(BigDecimal interest, BigDecimal principal, boolean closed) {}
}
