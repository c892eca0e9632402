package org.imc.platform.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.SubProgramme;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A loan created by an approval. Money moved for it is in the ledger, never here: disbursed,
 * repaid and outstanding amounts are sums of its ledger entries. Days past due are written by
 * the daily delinquency job only.
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

    protected Loan() {
    }

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

    void close(LoanStatus end, LocalDate on) {
        status = end;
        closedAt = on;
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
}
