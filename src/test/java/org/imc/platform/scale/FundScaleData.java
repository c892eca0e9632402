package org.imc.platform.scale;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.fund.AmortisationSchedule;
import org.imc.platform.fund.Instalment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fund's scale data set: {@code imc.scale.fund-loans} loans (100,000 by default) spread over
 * the municipalities in the database, each with its amortisation schedule (12 to 48 monthly
 * instalments, computed by the application's own rule) and its ledger entries: disbursement, and
 * the repayments made so far summed into one interest and one principal entry. About 80 % of the
 * started loans are current, the rest fall behind by one to six instalments; some are repaid
 * (CLOSED) and some written off (DEFAULTED). Days past due are set as of today, and each loan's
 * running ledger totals are the sums of its entries. Written in JDBC batches; skipped when the
 * loans are already there.
 */
class FundScaleData {

    static final String NOTE = "scale data";
    private static final int CHUNK = 1000;
    private static final int[] TERMS = {12, 24, 36, 48};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ScaleProperties properties;

    FundScaleData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ScaleProperties properties) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    void generate(PrintStream out) {
        long existing = jdbc.queryForObject("SELECT COUNT(*) FROM loan", Long.class);
        int wanted = properties.fundLoans();
        if (existing >= wanted) {
            out.printf(Locale.ROOT, "Fund scale data: %,d loans already there, nothing generated%n", existing);
            return;
        }
        List<Long> municipalities = jdbc.queryForList("SELECT id FROM municipality ORDER BY id", Long.class);
        if (municipalities.isEmpty()) {
            throw new IllegalStateException("no municipalities: generate the directory scale data first");
        }
        long started = System.nanoTime();
        Random random = new Random(properties.seed() + 5);
        LocalDate today = LocalDate.now();
        long nextId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM loan", Long.class) + 1;
        int toCreate = (int) (wanted - existing);
        BigDecimal totalPrincipal = BigDecimal.ZERO;
        long instalments = 0;
        long entries = 0;
        SubProgramme[] subProgrammes = SubProgramme.values();
        for (int done = 0; done < toCreate; done += CHUNK) {
            int size = Math.min(CHUNK, toCreate - done);
            List<Object[]> loanRows = new ArrayList<>(size);
            List<Object[]> scheduleRows = new ArrayList<>(size * 30);
            List<Object[]> ledgerRows = new ArrayList<>(size * 4);
            for (int i = 0; i < size; i++) {
                long id = nextId++;
                BigDecimal principal =
                        BigDecimal.valueOf(10_000 + random.nextInt(990_000)).setScale(2);
                BigDecimal rate =
                        BigDecimal.valueOf(200 + random.nextInt(800), 2).setScale(4, RoundingMode.UNNECESSARY);
                int term = TERMS[random.nextInt(TERMS.length)];
                int grace = random.nextInt(4) == 0 ? 3 : 0;
                LocalDate start = today.minusDays(random.nextInt(5 * 365));
                List<Instalment> schedule = AmortisationSchedule.compute(principal, rate, term, grace, start);
                int due = (int) schedule.stream()
                        .filter(s -> !s.dueDate().isAfter(today))
                        .count();
                int roll = random.nextInt(100);
                int paid = roll < 80 ? due : Math.max(0, due - 1 - random.nextInt(6));
                String status = "ACTIVE";
                if (paid == term) {
                    status = "CLOSED";
                } else if (roll >= 97 && due > 6) {
                    status = "DEFAULTED";
                }
                int dpd = 0;
                if ("ACTIVE".equals(status) && paid < due) {
                    dpd = (int) ChronoUnit.DAYS.between(schedule.get(paid).dueDate(), today);
                }
                for (Instalment s : schedule) {
                    scheduleRows.add(new Object[] {
                        id,
                        s.seq(),
                        Date.valueOf(s.dueDate()),
                        s.principal(),
                        s.interest(),
                        s.amount(),
                        s.balanceAfter(),
                        s.cumulativeDue()
                    });
                }
                ledgerRows.add(new Object[] {"DISBURSEMENT", principal, Date.valueOf(start), id});
                BigDecimal interest = BigDecimal.ZERO;
                BigDecimal repaid = BigDecimal.ZERO;
                for (int k = 0; k < paid; k++) {
                    interest = interest.add(schedule.get(k).interest());
                    repaid = repaid.add(schedule.get(k).principal());
                }
                LocalDate lastPaid = paid == 0 ? start : schedule.get(paid - 1).dueDate();
                if (interest.signum() > 0) {
                    ledgerRows.add(new Object[] {"INTEREST", interest, Date.valueOf(lastPaid), id});
                }
                if (repaid.signum() > 0) {
                    ledgerRows.add(new Object[] {"PRINCIPAL_REPAYMENT", repaid, Date.valueOf(lastPaid), id});
                }
                BigDecimal writtenOff = "DEFAULTED".equals(status) ? principal.subtract(repaid) : BigDecimal.ZERO;
                if (writtenOff.signum() > 0) {
                    ledgerRows.add(new Object[] {"WRITE_OFF", writtenOff, Date.valueOf(today), id});
                }
                // the loan's running totals are the sums of the ledger entries just made
                loanRows.add(new Object[] {
                    id,
                    municipalities.get(random.nextInt(municipalities.size())),
                    subProgrammes[random.nextInt(subProgrammes.length)].name(),
                    principal,
                    rate,
                    term,
                    grace,
                    Date.valueOf(start),
                    status,
                    dpd,
                    Date.valueOf(today),
                    "ACTIVE".equals(status) ? null : Date.valueOf(today),
                    principal,
                    repaid,
                    interest,
                    writtenOff
                });
                totalPrincipal = totalPrincipal.add(principal);
            }
            instalments += scheduleRows.size();
            entries += ledgerRows.size();
            tx.executeWithoutResult(status -> {
                jdbc.batchUpdate(
                        "INSERT INTO loan (id, municipality_id, sub_programme, principal, annual_rate, term_months, "
                                + "grace_months, start_date, status, days_past_due, delinquency_as_of, closed_at, disbursed, "
                                + "principal_repaid, interest_paid, written_off) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        loanRows);
                jdbc.batchUpdate(
                        "INSERT INTO loan_instalment (loan_id, seq, due_date, principal, interest, amount, "
                                + "balance_after, cumulative_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        scheduleRows);
                jdbc.batchUpdate(
                        "INSERT INTO fund_ledger_entry (entry_type, amount, value_date, loan_id, note) "
                                + "VALUES (?, ?, ?, ?, '" + NOTE + "')",
                        ledgerRows);
            });
            if ((done / CHUNK) % 10 == 9) {
                out.printf(Locale.ROOT, "  %,d loans written%n", done + size);
            }
        }
        // enough capital for everything lent, so the figures look like a fund's
        jdbc.update(
                "INSERT INTO fund_ledger_entry (entry_type, amount, value_date, note) VALUES ('CONTRIBUTION', ?, ?, ?)",
                totalPrincipal.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP),
                Date.valueOf(today.minusYears(5)),
                NOTE);
        out.printf(
                Locale.ROOT,
                "Fund scale data: %,d loans, %,d instalments, %,d ledger entries in %.1f s%n",
                toCreate,
                instalments,
                entries + 1,
                (System.nanoTime() - started) / 1e9);
    }
}
