package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loans' running ledger totals and the portfolio built on them, against MariaDB: the ledger is
 * the source of truth, so after every disbursement, repayment and write-off each loan's totals
 * equal the sums of its ledger entries, and the portfolio's breakdowns add up to the ledger.
 */
class PortfolioTest extends FundTestSupport {

    @Autowired
    FundLedger ledger;

    @Autowired
    PortfolioService portfolio;

    @Test
    void aLoansRunningTotalsAreTheSumsOfItsLedgerEntries() throws Exception {
        Loan repaid = approvedLoan("Totals repaid", "1000.00", "7", 12, 0);
        Loan written = approvedLoan("Totals written off", "8000.00", "5", 12, 0);
        assertTotalsMatchLedger(repaid.getId(), "0.00", "0.00", "0.00", "0.00");

        callAs("officer", () -> loans.disburse(repaid.getId(), new BigDecimal("400.00")));
        assertTotalsMatchLedger(repaid.getId(), "400.00", "0.00", "0.00", "0.00");
        callAs("officer", () -> loans.disburse(repaid.getId(), new BigDecimal("600.00")));
        assertTotalsMatchLedger(repaid.getId(), "1000.00", "0.00", "0.00", "0.00");

        backdate(repaid.getId(), 2);
        LoanService.Repayment first =
                callAs("officer", () -> loans.repay(repaid.getId(), new BigDecimal("200.00"), null));
        assertThat(first.interest().signum()).isPositive();
        assertTotalsMatchLedger(
                repaid.getId(),
                "1000.00",
                first.principal().toPlainString(),
                first.interest().toPlainString(),
                "0.00");
        // a refused repayment writes neither an entry nor a total
        assertThatThrownBy(() -> callAs("officer", () -> loans.repay(repaid.getId(), new BigDecimal("5000.00"), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.overpayment");
        assertTotalsMatchLedger(
                repaid.getId(),
                "1000.00",
                first.principal().toPlainString(),
                first.interest().toPlainString(),
                "0.00");
        BigDecimal rest = new BigDecimal("1000.00").subtract(first.principal());
        LoanService.Repayment last = callAs("officer", () -> loans.repay(repaid.getId(), rest, null));
        assertThat(last.closed()).isTrue();
        assertTotalsMatchLedger(
                repaid.getId(), "1000.00", "1000.00", first.interest().toPlainString(), "0.00");

        callAs("officer", () -> loans.disburse(written.getId(), new BigDecimal("3000.00")));
        runAs("officer", () -> loans.proposeWriteOff(written.getId(), written.getVersion(), "Municipality dissolved"));
        runAs("officer2", () -> loans.writeOff(written.getId(), written.getVersion() + 1));
        assertTotalsMatchLedger(written.getId(), "3000.00", "0.00", "0.00", "3000.00");

        // and no loan in the database (demo loans included) is off its ledger
        assertThat(loansWithTotalsOffLedger()).isEmpty();
    }

    @Test
    void thePortfolioAddsUpToTheLedger() throws Exception {
        Portfolio before = callAs("officer", () -> portfolio.figures());
        assertMatchesLedger(before);

        Loan loan = approvedLoan("Portfolio", "50000.00", "6", 24, 0);
        Portfolio approved = callAs("officer", () -> portfolio.figures());
        assertMatchesLedger(approved);
        assertThat(approved.loans()).isEqualTo(before.loans() + 1);
        assertThat(approved.capital().committed())
                .isEqualByComparingTo(before.capital().committed().add(new BigDecimal("50000.00")));

        callAs("officer", () -> loans.disburse(loan.getId(), new BigDecimal("20000.00")));
        backdate(loan.getId(), 3);
        callAs("officer", () -> loans.repay(loan.getId(), new BigDecimal("1500.00"), null));
        Portfolio after = callAs("officer", () -> portfolio.figures());
        assertMatchesLedger(after);
        assertThat(after.disbursed()).isEqualByComparingTo(before.disbursed().add(new BigDecimal("20000.00")));
        // the mayor's municipality, Accra, is in Ghana; the draft is a drinking-water project
        assertThat(segment(after.byCountry(), "Ghana").disbursed())
                .isEqualByComparingTo(
                        segment(before.byCountry(), "Ghana").disbursed().add(new BigDecimal("20000.00")));
        assertThat(segment(after.bySubProgramme(), "DRINKING_WATER").loans())
                .isEqualTo(segment(before.bySubProgramme(), "DRINKING_WATER").loans() + 1);
    }

    @Test
    void theCsvDefusesTextCellsAndKeepsAmountsAsNumbers() {
        BigDecimal z = new BigDecimal("0.00");
        Portfolio.Segment hostile = new Portfolio.Segment(
                "=HYPERLINK(\"http://x\")",
                2,
                new BigDecimal("1000.00"),
                new BigDecimal("400.00"),
                z,
                new BigDecimal("-5.00"),
                z);
        Portfolio p = new Portfolio(
                new Capital(new BigDecimal("1000.00"), z, z),
                new BigDecimal("1000.00"),
                z,
                z,
                z,
                z,
                z,
                z,
                2,
                2,
                Map.of(),
                List.of(),
                List.of(hostile));
        String csv = PortfolioService.csv(p, "USD");
        assertThat(csv).startsWith("section,key,loans,approved,disbursed,repaid,outstanding,at_risk_30");
        assertThat(csv).contains("summary,available,,,,,1000.00,");
        assertThat(csv).contains("country,\"'=HYPERLINK(\"\"http://x\"\")\",2,1000.00,400.00,0.00,-5.00,0.00");
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain("'-5.00");
    }

    /** The portfolio against sums taken straight from the ledger, joined to the loans. */
    private void assertMatchesLedger(Portfolio p) throws Exception {
        assertThat(p.capital())
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(callAs("officer", () -> loans.capital()));
        Map<String, BigDecimal> byType = new LinkedHashMap<>();
        jdbc.query("SELECT entry_type, SUM(amount) FROM fund_ledger_entry GROUP BY entry_type", rs -> {
            byType.put(rs.getString(1), rs.getBigDecimal(2));
        });
        assertThat(p.contributed()).isEqualByComparingTo(byType.getOrDefault("CONTRIBUTION", BigDecimal.ZERO));
        assertThat(p.disbursed()).isEqualByComparingTo(byType.getOrDefault("DISBURSEMENT", BigDecimal.ZERO));
        assertThat(p.repaid()).isEqualByComparingTo(byType.getOrDefault("PRINCIPAL_REPAYMENT", BigDecimal.ZERO));
        assertThat(p.interest()).isEqualByComparingTo(byType.getOrDefault("INTEREST", BigDecimal.ZERO));
        assertThat(p.writtenOff()).isEqualByComparingTo(byType.getOrDefault("WRITE_OFF", BigDecimal.ZERO));
        assertThat(p.loans()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM loan", Long.class));

        String perCountry = """
                SELECT m.country AS country,
                       COALESCE(SUM(CASE WHEN e.entry_type = 'DISBURSEMENT' THEN e.amount END), 0) AS disbursed,
                       COALESCE(SUM(CASE WHEN e.entry_type = 'PRINCIPAL_REPAYMENT' THEN e.amount END), 0) AS repaid,
                       COALESCE(SUM(CASE WHEN e.entry_type = 'DISBURSEMENT' THEN e.amount
                                         WHEN e.entry_type IN ('PRINCIPAL_REPAYMENT', 'WRITE_OFF') THEN -e.amount END), 0) AS outstanding,
                       COALESCE(SUM(CASE WHEN l.status = 'ACTIVE' AND l.days_past_due > 30 THEN
                                    CASE WHEN e.entry_type = 'DISBURSEMENT' THEN e.amount
                                         WHEN e.entry_type IN ('PRINCIPAL_REPAYMENT', 'WRITE_OFF') THEN -e.amount END END), 0) AS at_risk
                FROM loan l JOIN municipality m ON m.id = l.municipality_id
                LEFT JOIN fund_ledger_entry e ON e.loan_id = l.id
                GROUP BY m.country""";
        BigDecimal atRisk = BigDecimal.ZERO;
        int countries = 0;
        for (Map<String, Object> row : jdbc.queryForList(perCountry)) {
            String country = (String) row.get("country");
            Portfolio.Segment s = segment(p.byCountry(), country);
            assertThat(s.disbursed()).as(country).isEqualByComparingTo((BigDecimal) row.get("disbursed"));
            assertThat(s.repaid()).as(country).isEqualByComparingTo((BigDecimal) row.get("repaid"));
            assertThat(s.outstanding()).as(country).isEqualByComparingTo((BigDecimal) row.get("outstanding"));
            assertThat(s.atRisk()).as(country).isEqualByComparingTo((BigDecimal) row.get("at_risk"));
            atRisk = atRisk.add((BigDecimal) row.get("at_risk"));
            countries++;
        }
        assertThat(p.byCountry()).hasSize(countries);
        assertThat(p.atRisk()).isEqualByComparingTo(atRisk);
        BigDecimal subDisbursed =
                p.bySubProgramme().stream().map(Portfolio.Segment::disbursed).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(subDisbursed).isEqualByComparingTo(p.disbursed());
        BigDecimal subOutstanding = p.bySubProgramme().stream()
                .map(Portfolio.Segment::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(subOutstanding).isEqualByComparingTo(p.outstanding());
        long bucketLoans = p.buckets().values().stream()
                .mapToLong(Portfolio.Segment::loans)
                .sum();
        assertThat(bucketLoans).isEqualTo(p.activeLoans());
    }

    private void assertTotalsMatchLedger(
            Long loanId, String disbursed, String principalRepaid, String interestPaid, String writtenOff) {
        LoanTotals fromLedger = ledger.totals(loanId);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT disbursed, principal_repaid, interest_paid, written_off FROM loan WHERE id = ?", loanId);
        assertThat((BigDecimal) row.get("disbursed"))
                .isEqualByComparingTo(fromLedger.disbursed())
                .isEqualByComparingTo(disbursed);
        assertThat((BigDecimal) row.get("principal_repaid"))
                .isEqualByComparingTo(fromLedger.principalRepaid())
                .isEqualByComparingTo(principalRepaid);
        assertThat((BigDecimal) row.get("interest_paid"))
                .isEqualByComparingTo(fromLedger.interestPaid())
                .isEqualByComparingTo(interestPaid);
        assertThat((BigDecimal) row.get("written_off"))
                .isEqualByComparingTo(fromLedger.writtenOff())
                .isEqualByComparingTo(writtenOff);
    }

    private List<Long> loansWithTotalsOffLedger() {
        return jdbc.queryForList("""
                SELECT l.id FROM loan l
                LEFT JOIN (SELECT loan_id,
                                  SUM(CASE WHEN entry_type = 'DISBURSEMENT' THEN amount ELSE 0 END) AS disbursed,
                                  SUM(CASE WHEN entry_type = 'PRINCIPAL_REPAYMENT' THEN amount ELSE 0 END) AS principal_repaid,
                                  SUM(CASE WHEN entry_type = 'INTEREST' THEN amount ELSE 0 END) AS interest_paid,
                                  SUM(CASE WHEN entry_type = 'WRITE_OFF' THEN amount ELSE 0 END) AS written_off
                           FROM fund_ledger_entry WHERE loan_id IS NOT NULL GROUP BY loan_id) t ON t.loan_id = l.id
                WHERE l.disbursed <> COALESCE(t.disbursed, 0) OR l.principal_repaid <> COALESCE(t.principal_repaid, 0)
                   OR l.interest_paid <> COALESCE(t.interest_paid, 0) OR l.written_off <> COALESCE(t.written_off, 0)""", Long.class);
    }

    private static Portfolio.Segment segment(List<Portfolio.Segment> segments, String key) {
        return segments.stream().filter(s -> key.equals(s.key())).findFirst().orElse(Portfolio.Segment.empty(key));
    }
}
