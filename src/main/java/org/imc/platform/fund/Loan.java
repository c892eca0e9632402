package org.imc.platform.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.SubProgramme;

/**
 * A loan created by an approval. Money moved for it is in the ledger: disbursed, repaid and
 * outstanding amounts are sums of its ledger entries. The table also keeps running totals of
 * those entries for the portfolio (written by {@link FundLedger#record} only, not mapped here).
 * Days past due are written by the daily delinquency job only. Its status changes only through
 * {@link #apply}, which refuses what {@link LoanStatus} does not allow; money moves only while
 * {@link #requireMoneyMoves()} passes (an ACTIVE loan).
 */
@Entity
@Table(name = "loan")
public class Loan extends BaseEntity {

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_programme", nullable = false, length = 40, updatable = false)
    private SubProgramme subProgramme;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal principal;

    @Column(name = "annual_rate", nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal annualRate;

    @Column(name = "term_months", nullable = false, updatable = false)
    private int termMonths;

    @Column(name = "grace_months", nullable = false, updatable = false)
    private int graceMonths;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LoanStatus status = LoanStatus.ACTIVE;

    @Column(name = "days_past_due", insertable = false, updatable = false)
    private int daysPastDue;

    @Column(name = "delinquency_as_of", insertable = false, updatable = false)
    private LocalDate delinquencyAsOf;

    @Column(name = "closed_at")
    private LocalDate closedAt;

    @Column(name = "write_off_proposed_by")
    private Long writeOffProposedBy;

    @Column(name = "write_off_proposed_on")
    private LocalDate writeOffProposedOn;

    @Column(name = "write_off_reason", length = 2000)
    private String writeOffReason;

    protected Loan() {}

    Loan(FundApplication application, BigDecimal annualRate, LocalDate startDate) {
        this.applicationId = application.getId();
        this.municipalityId = application.getMunicipalityId();
        this.subProgramme = application.getSubProgramme();
        this.principal = application.getAmount();
        this.annualRate = annualRate;
        this.termMonths = application.getTermMonths();
        this.graceMonths = application.getGraceMonths();
        this.startDate = startDate;
    }

    /**
     * The actions this loan's status allows now: while a write-off is proposed it can be confirmed
     * or withdrawn but not proposed again; without a proposal there is nothing to confirm.
     */
    public Set<LoanAction> actions() {
        Set<LoanAction> actions = status.actions();
        if (isWriteOffProposed()) {
            actions.remove(LoanAction.PROPOSE_WRITE_OFF);
        } else {
            actions.remove(LoanAction.WITHDRAW_WRITE_OFF);
            actions.remove(LoanAction.WRITE_OFF);
        }
        return actions;
    }

    /** Refuses {@code action} when the loan's status or its write-off mark does not allow it now. */
    void requireAllows(LoanAction action) {
        if (actions().contains(action)) {
            return;
        }
        if (status.after(action).isEmpty()) {
            throw new BusinessException("fund.error.loan-closed");
        }
        throw new BusinessException(
                isWriteOffProposed() ? "fund.error.write-off-proposed" : "fund.error.write-off-not-proposed");
    }

    /** Takes a status-changing action on {@code on}; refused on a loan that is already closed. */
    void apply(LoanAction action, LocalDate on) {
        requireAllows(action);
        status = status.after(action).orElseThrow();
        if (status != LoanStatus.ACTIVE) {
            closedAt = on;
        }
        if (action == LoanAction.CLOSE || action == LoanAction.WITHDRAW_WRITE_OFF) {
            writeOffProposedBy = null;
            writeOffProposedOn = null;
            writeOffReason = null;
        }
    }

    /** Marks the loan "write-off proposed" by {@code officerId} for {@code reason}; it stays ACTIVE. */
    void proposeWriteOff(Long officerId, String reason, LocalDate on) {
        apply(LoanAction.PROPOSE_WRITE_OFF, on);
        writeOffProposedBy = officerId;
        writeOffProposedOn = on;
        writeOffReason = reason;
    }

    /** Disbursing and repaying need an ACTIVE loan. */
    void requireMoneyMoves() {
        if (!status.movesMoney()) {
            throw new BusinessException("fund.error.loan-closed");
        }
    }

    /** What the audit trail keeps of a loan when it is created. */
    Map<String, Object> snapshot() {
        return Snapshot.of(
                "status",
                status,
                "principal",
                principal,
                "annualRate",
                annualRate,
                "termMonths",
                termMonths,
                "graceMonths",
                graceMonths);
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public SubProgramme getSubProgramme() {
        return subProgramme;
    }

    public BigDecimal getPrincipal() {
        return principal;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public int getGraceMonths() {
        return graceMonths;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public int getDaysPastDue() {
        return daysPastDue;
    }

    public DelinquencyBucket getBucket() {
        return DelinquencyBucket.of(daysPastDue);
    }

    public LocalDate getDelinquencyAsOf() {
        return delinquencyAsOf;
    }

    public LocalDate getClosedAt() {
        return closedAt;
    }

    public boolean isWriteOffProposed() {
        return writeOffProposedBy != null;
    }

    /** The officer who proposed the write-off (kept on a written-off loan), or null. */
    public Long getWriteOffProposedBy() {
        return writeOffProposedBy;
    }

    public LocalDate getWriteOffProposedOn() {
        return writeOffProposedOn;
    }

    public String getWriteOffReason() {
        return writeOffReason;
    }
}
