package org.imc.platform.fund;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The ledger and the schedules, in SQL. Callers hold the transaction; {@link #lockFund()} makes
 * concurrent capital decisions wait for each other.
 */
@Component
class FundLedger {

    static final String INFLOW_TYPES = "'CONTRIBUTION','PRINCIPAL_REPAYMENT','INTEREST'";

    private final JdbcTemplate jdbc;

    FundLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the single fund row until the transaction ends. */
    void lockFund() {
        jdbc.queryForObject("SELECT id FROM fund WHERE id = 1 FOR UPDATE", Long.class);
    }

    Capital capital() {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(CASE WHEN entry_type IN (%s) THEN amount END), 0) AS inflows,
                       COALESCE(SUM(CASE WHEN entry_type = 'DISBURSEMENT' THEN amount END), 0) AS outflows,
                       (SELECT COALESCE(SUM(principal), 0) FROM loan WHERE status = 'ACTIVE')
                       - (SELECT COALESCE(SUM(d.amount), 0) FROM fund_ledger_entry d JOIN loan l ON l.id = d.loan_id
                          WHERE l.status = 'ACTIVE' AND d.entry_type = 'DISBURSEMENT') AS committed
                FROM fund_ledger_entry""".formatted(INFLOW_TYPES),
                (rs, i) -> new Capital(rs.getBigDecimal("inflows"), rs.getBigDecimal("outflows"), rs.getBigDecimal("committed")));
    }

    /**
     * Writes a ledger entry and, for an entry of a loan, adds it to that loan's running total of
     * its type (columns {@code disbursed}, {@code principal_repaid}, {@code interest_paid},
     * {@code written_off}) in the same transaction, so both commit or roll back together (callers
     * hold the transaction and the fund lock). Those totals are only ever sums of the ledger.
     */
    void record(EntryType type, BigDecimal amount, LocalDate valueDate, Long loanId, Long userId, String note) {
        jdbc.update("INSERT INTO fund_ledger_entry (entry_type, amount, value_date, loan_id, recorded_by, note) VALUES (?, ?, ?, ?, ?, ?)",
                type.name(), amount, Date.valueOf(valueDate), loanId, userId, note);
        if (loanId != null) {
            String column = totalColumn(type);
            int updated = jdbc.update("UPDATE loan SET " + column + " = " + column + " + ? WHERE id = ?", amount, loanId);
            if (updated != 1) {
                throw new IllegalStateException("no loan " + loanId + " for a " + type + " entry");
            }
        }
    }

    /** The loan column that sums a loan's ledger entries of this type. */
    static String totalColumn(EntryType type) {
        return switch (type) {
            case DISBURSEMENT -> "disbursed";
            case PRINCIPAL_REPAYMENT -> "principal_repaid";
            case INTEREST -> "interest_paid";
            case WRITE_OFF -> "written_off";
            case CONTRIBUTION -> throw new IllegalArgumentException("a contribution belongs to no loan");
        };
    }

    LoanTotals totals(Long loanId) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(CASE WHEN entry_type = 'DISBURSEMENT' THEN amount END), 0),
                       COALESCE(SUM(CASE WHEN entry_type = 'PRINCIPAL_REPAYMENT' THEN amount END), 0),
                       COALESCE(SUM(CASE WHEN entry_type = 'INTEREST' THEN amount END), 0),
                       COALESCE(SUM(CASE WHEN entry_type = 'WRITE_OFF' THEN amount END), 0)
                FROM fund_ledger_entry WHERE loan_id = ?""",
                (rs, i) -> new LoanTotals(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
                loanId);
    }

    /** Scheduled interest fallen due on or before {@code date}. */
    BigDecimal interestScheduledUntil(Long loanId, LocalDate date) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(interest), 0) FROM loan_instalment WHERE loan_id = ? AND due_date <= ?",
                BigDecimal.class, loanId, Date.valueOf(date));
    }

    List<LedgerEntry> entries(Long loanId) {
        return jdbc.query("""
                SELECT e.id, e.created_at, e.entry_type, e.amount, e.value_date, e.loan_id, u.full_name, e.note
                FROM fund_ledger_entry e LEFT JOIN app_user u ON u.id = e.recorded_by
                WHERE e.loan_id = ? ORDER BY e.value_date, e.id""",
                (rs, i) -> new LedgerEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), EntryType.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getDate(5).toLocalDate(), rs.getLong(6), rs.getString(7), rs.getString(8)),
                loanId);
    }

    void saveSchedule(Long loanId, List<Instalment> rows) {
        jdbc.batchUpdate("INSERT INTO loan_instalment (loan_id, seq, due_date, principal, interest, amount, balance_after, cumulative_due) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows, 200, (ps, row) -> {
            ps.setLong(1, loanId);
            ps.setInt(2, row.seq());
            ps.setDate(3, Date.valueOf(row.dueDate()));
            ps.setBigDecimal(4, row.principal());
            ps.setBigDecimal(5, row.interest());
            ps.setBigDecimal(6, row.amount());
            ps.setBigDecimal(7, row.balanceAfter());
            ps.setBigDecimal(8, row.cumulativeDue());
        });
    }

    List<Instalment> schedule(Long loanId) {
        return jdbc.query("SELECT seq, due_date, principal, interest, amount, balance_after, cumulative_due "
                        + "FROM loan_instalment WHERE loan_id = ? ORDER BY seq",
                (rs, i) -> new Instalment(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)), loanId);
    }

    /**
     * Days past due of every active loan as of {@code asOf}: the age of the oldest instalment not
     * covered by the repayments (principal and interest) valued on or before that date. Computed
     * from dates, so running it twice gives the same result.
     */
    int refreshDelinquency(LocalDate asOf) {
        Date d = Date.valueOf(asOf);
        return jdbc.update("""
                UPDATE loan l
                LEFT JOIN (
                    SELECT i.loan_id, MIN(i.due_date) AS first_unpaid
                    FROM loan_instalment i
                    JOIN loan al ON al.id = i.loan_id AND al.status = 'ACTIVE'
                    LEFT JOIN (SELECT loan_id, SUM(amount) AS paid FROM fund_ledger_entry
                               WHERE entry_type IN ('PRINCIPAL_REPAYMENT', 'INTEREST') AND value_date <= ?
                               GROUP BY loan_id) p ON p.loan_id = i.loan_id
                    WHERE i.due_date <= ? AND i.cumulative_due > COALESCE(p.paid, 0)
                    GROUP BY i.loan_id) u ON u.loan_id = l.id
                SET l.days_past_due = CASE WHEN l.status = 'ACTIVE' AND u.first_unpaid IS NOT NULL
                                           THEN DATEDIFF(?, u.first_unpaid) ELSE 0 END,
                    l.delinquency_as_of = ?""", d, d, d, d);
    }

    /** True when every loan's days past due were computed as of this date already. */
    boolean delinquencyCurrent(LocalDate asOf) {
        Long stale = jdbc.queryForObject("SELECT COUNT(*) FROM loan WHERE delinquency_as_of IS NULL OR delinquency_as_of <> ?",
                Long.class, Date.valueOf(asOf));
        return stale != null && stale == 0;
    }

    List<LoanTerms> loansWithoutSchedule() {
        return jdbc.query("SELECT id, principal, annual_rate, term_months, grace_months, start_date FROM loan l "
                        + "WHERE NOT EXISTS (SELECT 1 FROM loan_instalment i WHERE i.loan_id = l.id) ORDER BY id",
                (rs, i) -> new LoanTerms(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4), rs.getInt(5),
                        rs.getDate(6).toLocalDate()));
    }

    record LoanTerms(Long id, BigDecimal principal, BigDecimal annualRate, int termMonths, int graceMonths, LocalDate startDate) {
    }
}
