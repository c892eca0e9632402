package org.imc.platform.fund;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.imc.platform.directory.MapArea;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The fund's hand-written SQL, all of it: the fund lock, the ledger, the schedules, the
 * delinquency pass and the portfolio's aggregates. It reads and writes the fund's own tables
 * ({@code fund}, {@code fund_ledger_entry}, {@code loan}, {@code loan_instalment}, {@code
 * fund_municipality_storage}); the one read
 * of another module's table is declared on {@link #portfolioGroups}. Names of users come from
 * their module's service. Callers hold the transaction.
 */
@Component
class FundQueries {

    private static final String INFLOW_TYPES = "'CONTRIBUTION','PRINCIPAL_REPAYMENT','INTEREST'";

    private final JdbcTemplate jdbc;

    FundQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the fund lock and the ledger ----

    /** Locks the single fund row until the transaction ends. */
    void lockFundRow() {
        jdbc.queryForObject("SELECT id FROM fund WHERE id = 1 FOR UPDATE", Long.class);
    }

    /** Locks an application's row without loading it (no other table is read); its municipality. */
    Optional<Long> lockApplication(Long applicationId) {
        return jdbc
                .query(
                        "SELECT municipality_id FROM fund_application WHERE id = ? FOR UPDATE",
                        (rs, i) -> rs.getLong(1),
                        applicationId)
                .stream()
                .findFirst();
    }

    /**
     * Locks the municipality's storage row until the transaction ends, creating it on the first
     * upload. The upsert takes the row's exclusive lock in one statement (an insert that finds
     * the row already there locks it exclusively, not shared), so parallel first uploads wait for
     * each other instead of deadlocking.
     */
    void lockMunicipalityStorage(Long municipalityId) {
        jdbc.update(
                "INSERT INTO fund_municipality_storage (municipality_id, last_upload_at) VALUES (?, UTC_TIMESTAMP(6)) "
                        + "ON DUPLICATE KEY UPDATE last_upload_at = UTC_TIMESTAMP(6)",
                municipalityId);
    }

    Capital capital() {
        return jdbc.queryForObject(
                """
                SELECT COALESCE(SUM(CASE WHEN entry_type IN (%s) THEN amount END), 0) AS inflows,
                       COALESCE(SUM(CASE WHEN entry_type = 'DISBURSEMENT' THEN amount END), 0) AS outflows,
                       (SELECT COALESCE(SUM(principal), 0) FROM loan WHERE status = 'ACTIVE')
                       - (SELECT COALESCE(SUM(d.amount), 0) FROM fund_ledger_entry d JOIN loan l ON l.id = d.loan_id
                          WHERE l.status = 'ACTIVE' AND d.entry_type = 'DISBURSEMENT') AS committed
                FROM fund_ledger_entry""".formatted(INFLOW_TYPES),
                (rs, i) -> new Capital(
                        rs.getBigDecimal("inflows"), rs.getBigDecimal("outflows"), rs.getBigDecimal("committed")));
    }

    void insertEntry(
            EntryType type, BigDecimal amount, LocalDate valueDate, Long loanId, Long recordedByUserId, String note) {
        jdbc.update(
                "INSERT INTO fund_ledger_entry (entry_type, amount, value_date, loan_id, recorded_by, note) VALUES (?, ?, ?, ?, ?, ?)",
                type.name(),
                amount,
                Date.valueOf(valueDate),
                loanId,
                recordedByUserId,
                note);
    }

    /** Adds {@code amount} to the loan's running total of entries of this type; the number of loans updated (1 or 0). */
    int addToLoanTotal(EntryType type, BigDecimal amount, Long loanId) {
        String column = totalColumn(type);
        return jdbc.update("UPDATE loan SET " + column + " = " + column + " + ? WHERE id = ?", amount, loanId);
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
        return jdbc.queryForObject(
                """
                SELECT COALESCE(SUM(CASE WHEN entry_type = 'DISBURSEMENT' THEN amount END), 0),
                       COALESCE(SUM(CASE WHEN entry_type = 'PRINCIPAL_REPAYMENT' THEN amount END), 0),
                       COALESCE(SUM(CASE WHEN entry_type = 'INTEREST' THEN amount END), 0),
                       COALESCE(SUM(CASE WHEN entry_type = 'WRITE_OFF' THEN amount END), 0)
                FROM fund_ledger_entry WHERE loan_id = ?""",
                (rs, i) -> new LoanTotals(
                        rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
                loanId);
    }

    /** Scheduled interest fallen due on or before {@code date}. */
    BigDecimal interestScheduledUntil(Long loanId, LocalDate date) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(interest), 0) FROM loan_instalment WHERE loan_id = ? AND due_date <= ?",
                BigDecimal.class,
                loanId,
                Date.valueOf(date));
    }

    List<FundLedger.EntryRow> entries(Long loanId) {
        return jdbc.query(
                """
                SELECT id, created_at, entry_type, amount, value_date, loan_id, recorded_by, note
                FROM fund_ledger_entry WHERE loan_id = ? ORDER BY value_date, id""",
                (rs, i) -> new FundLedger.EntryRow(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        EntryType.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getLong(6),
                        rs.getObject(7, Long.class),
                        rs.getString(8)),
                loanId);
    }

    // ---- schedules and delinquency ----

    void insertSchedule(Long loanId, List<Instalment> rows) {
        jdbc.batchUpdate(
                "INSERT INTO loan_instalment (loan_id, seq, due_date, principal, interest, amount, balance_after, cumulative_due) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                200,
                (ps, row) -> {
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
        return jdbc.query(
                "SELECT seq, due_date, principal, interest, amount, balance_after, cumulative_due "
                        + "FROM loan_instalment WHERE loan_id = ? ORDER BY seq",
                (rs, i) -> new Instalment(
                        rs.getInt(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7)),
                loanId);
    }

    /**
     * See {@link FundLedger#refreshDelinquency}: the loans with ids in {@code (afterId, upToId]}.
     * Per loan, two small look-ups by index: its repayments valued by the date
     * ({@code ix_ledger_loan}) and the first instalment they do not cover
     * ({@code ix_instalment_due}). Joining derived tables of all instalments and repayments
     * instead took minutes at 100,000 loans (MariaDB joins them without an index).
     */
    int refreshDelinquency(LocalDate asOf, long afterId, long upToId) {
        Date d = Date.valueOf(asOf);
        return jdbc.update("""
                UPDATE loan l
                SET l.days_past_due = CASE WHEN l.status = 'ACTIVE' THEN COALESCE(DATEDIFF(?, (
                        SELECT MIN(i.due_date) FROM loan_instalment i
                        WHERE i.loan_id = l.id AND i.due_date <= ?
                          AND i.cumulative_due > (
                              SELECT COALESCE(SUM(e.amount), 0) FROM fund_ledger_entry e
                              WHERE e.loan_id = l.id AND e.entry_type IN ('PRINCIPAL_REPAYMENT', 'INTEREST')
                                AND e.value_date <= ?))), 0)
                    ELSE 0 END,
                    l.delinquency_as_of = ?
                WHERE l.id > ? AND l.id <= ?""", d, d, d, d, afterId, upToId);
    }

    /** The highest loan id (0 without loans). */
    long maxLoanId() {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM loan", Long.class);
        return max == null ? 0 : max;
    }

    /** How many loans have days past due not computed as of this date. */
    long loansWithDelinquencyNotAsOf(LocalDate asOf) {
        Long stale = jdbc.queryForObject(
                "SELECT COUNT(*) FROM loan WHERE delinquency_as_of IS NULL OR delinquency_as_of <> ?",
                Long.class,
                Date.valueOf(asOf));
        return stale == null ? -1 : stale;
    }

    List<FundLedger.LoanTerms> loansWithoutSchedule() {
        return jdbc.query(
                "SELECT id, principal, annual_rate, term_months, grace_months, start_date FROM loan l "
                        + "WHERE NOT EXISTS (SELECT 1 FROM loan_instalment i WHERE i.loan_id = l.id) ORDER BY id",
                (rs, i) -> new FundLedger.LoanTerms(
                        rs.getLong(1),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getDate(6).toLocalDate()));
    }

    // ---- the portfolio ----

    /** The newest ledger entry and loan, read from the ends of their primary keys. */
    PortfolioService.Stamp portfolioStamp() {
        return jdbc.queryForObject(
                "SELECT (SELECT MAX(id) FROM fund_ledger_entry), (SELECT MAX(id) FROM loan)",
                (rs, i) -> new PortfolioService.Stamp(rs.getObject(1, Long.class), rs.getObject(2, Long.class)));
    }

    BigDecimal contributed() {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(amount), 0) FROM fund_ledger_entry WHERE entry_type = 'CONTRIBUTION'",
                BigDecimal.class);
    }

    /**
     * The loans grouped by sub-programme, status, delinquency bucket and municipality with the sums
     * of their running ledger totals — one streaming pass over the covering index
     * {@code ix_loan_portfolio} — then by the municipality's country.
     * <p>
     * Cross-module read of {@code municipality} (owned by directory): the portfolio covers every
     * loan, not a page, so the groups carry tens of thousands of municipality ids at scale (the
     * scale data has 50,000 municipalities, most with a loan); handing them to
     * {@code MunicipalityService.names} would send them all back to the database as parameters
     * (beyond MariaDB's 65,535 per statement, so in dozens of batches), where joining the country
     * to the grouped rows costs one primary-key lookup per group in the same pass and snapshot.
     * Only {@code id} and {@code country} are read.
     */
    void portfolioGroups(PortfolioGroupReader reader) {
        jdbc.query("""
                SELECT g.sub_programme, m.country, g.status, g.bucket, g.loans, g.principal, g.disbursed, g.repaid,
                       g.interest, g.written_off
                FROM (SELECT sub_programme, status, delinquency_bucket AS bucket, municipality_id, COUNT(*) AS loans,
                             SUM(principal) AS principal, SUM(disbursed) AS disbursed, SUM(principal_repaid) AS repaid,
                             SUM(interest_paid) AS interest, SUM(written_off) AS written_off
                      FROM loan
                      GROUP BY sub_programme, status, delinquency_bucket, municipality_id) g
                JOIN municipality m ON m.id = g.municipality_id""", (RowCallbackHandler) rs -> reader.group(
                rs.getString(1),
                rs.getString(2),
                LoanStatus.valueOf(rs.getString(3)),
                rs.getInt(4),
                rs.getLong(5),
                rs.getBigDecimal(6),
                rs.getBigDecimal(7),
                rs.getBigDecimal(8),
                rs.getBigDecimal(9),
                rs.getBigDecimal(10)));
    }

    /** Receives one group of {@link #portfolioGroups}. */
    @FunctionalInterface
    interface PortfolioGroupReader {
        void group(
                String subProgramme,
                String country,
                LoanStatus status,
                int bucket,
                long loans,
                BigDecimal principal,
                BigDecimal disbursed,
                BigDecimal repaid,
                BigDecimal interest,
                BigDecimal writtenOff);
    }

    private static final String LOAN_IN_AREA = "FROM loan l JOIN municipality m ON m.id = l.municipality_id "
            + "WHERE m.latitude BETWEEN ? AND ? AND m.longitude BETWEEN ? AND ?";

    /** How many municipalities in the area have a loan. */
    long loanPlacesIn(MapArea area) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT l.municipality_id) " + LOAN_IN_AREA,
                Long.class,
                area.south(),
                area.north(),
                area.west(),
                area.east());
        return n == null ? 0 : n;
    }

    /**
     * The loans in the area by their municipality's position ({@code cell} 0), or grouped in cells
     * of that many degrees. Cross-module read of {@code municipality} (owned by directory): the
     * position, the name and the area's bounds, joined in the same pass as the loans.
     */
    List<LoanPlace> loanPlaces(MapArea area, double cell) {
        String group = cell <= 0 ? "m.id" : "FLOOR((m.longitude + 180) / ?), FLOOR((90 - m.latitude) / ?)";
        List<Object> args = new java.util.ArrayList<>(List.of(area.south(), area.north(), area.west(), area.east()));
        if (cell > 0) {
            args.add(cell);
            args.add(cell);
        }
        return jdbc.query(
                "SELECT AVG(m.latitude), AVG(m.longitude), COUNT(DISTINCT m.id), COUNT(*), "
                        + "SUM(l.disbursed - l.principal_repaid - l.written_off), MIN(m.name) " + LOAN_IN_AREA
                        + " GROUP BY " + group,
                (rs, i) -> new LoanPlace(
                        rs.getDouble(1),
                        rs.getDouble(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getBigDecimal(5).setScale(2),
                        rs.getString(6)),
                args.toArray());
    }
}
