package org.imc.platform.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ledger and the schedules. Callers hold the transaction; {@link #lockFund()} makes
 * concurrent capital decisions wait for each other. The SQL is in {@link FundQueries}.
 */
@Component
class FundLedger {

    private final FundQueries queries;

    FundLedger(FundQueries queries) {
        this.queries = queries;
    }

    /** Locks the single fund row until the transaction ends. */
    void lockFund() {
        queries.lockFundRow();
    }

    Capital capital() {
        return queries.capital();
    }

    /**
     * Writes a ledger entry and, for an entry of a loan, adds it to that loan's running total of
     * its type (columns {@code disbursed}, {@code principal_repaid}, {@code interest_paid},
     * {@code written_off}) in the same transaction, so both commit or roll back together (callers
     * hold the transaction and the fund lock). Those totals are only ever sums of the ledger.
     */
    void record(
            EntryType type, BigDecimal amount, LocalDate valueDate, Long loanId, Long recordedByUserId, String note) {
        queries.insertEntry(type, amount, valueDate, loanId, recordedByUserId, note);
        if (loanId != null && queries.addToLoanTotal(type, amount, loanId) != 1) {
            throw new IllegalStateException("no loan " + loanId + " for a " + type + " entry");
        }
    }

    LoanTotals totals(Long loanId) {
        return queries.totals(loanId);
    }

    /** Scheduled interest fallen due on or before {@code date}. */
    BigDecimal interestScheduledUntil(Long loanId, LocalDate date) {
        return queries.interestScheduledUntil(loanId, date);
    }

    /** A loan's entries, oldest value date first, with the id of who recorded each. */
    List<EntryRow> entries(Long loanId) {
        return queries.entries(loanId);
    }

    void saveSchedule(Long loanId, List<Instalment> rows) {
        queries.insertSchedule(loanId, rows);
    }

    List<Instalment> schedule(Long loanId) {
        return queries.schedule(loanId);
    }

    /**
     * Days past due of every active loan as of {@code asOf}: the age of the oldest instalment not
     * covered by the repayments (principal and interest) valued on or before that date. Computed
     * from dates, so running it twice gives the same result. For the loans with ids in
     * {@code (afterId, upToId]}.
     */
    int refreshDelinquency(LocalDate asOf, long afterId, long upToId) {
        return queries.refreshDelinquency(asOf, afterId, upToId);
    }

    long maxLoanId() {
        return queries.maxLoanId();
    }

    /** True when every loan's days past due were computed as of this date already. */
    boolean delinquencyCurrent(LocalDate asOf) {
        return queries.loansWithDelinquencyNotAsOf(asOf) == 0;
    }

    List<LoanTerms> loansWithoutSchedule() {
        return queries.loansWithoutSchedule();
    }

    record LoanTerms(
            Long id,
            BigDecimal principal,
            BigDecimal annualRate,
            int termMonths,
            int graceMonths,
            LocalDate startDate) {}

    /** A ledger entry as stored: who recorded it by user id. */
    record EntryRow(
            Long id,
            Instant createdAt,
            EntryType type,
            BigDecimal amount,
            LocalDate valueDate,
            Long loanId,
            Long recordedByUserId,
            String note) {

        LedgerEntry entry(String recordedByName) {
            return new LedgerEntry(id, createdAt, type, amount, valueDate, loanId, recordedByName, note);
        }
    }
}
