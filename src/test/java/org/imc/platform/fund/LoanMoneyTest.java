package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * Disbursements, repayments, write-offs and the delinquency job, against MariaDB.
 */
class LoanMoneyTest extends FundTestSupport {

    @Test
    void disbursementInTranchesNeverExceedsThePrincipal() throws Exception {
        Loan loan = approvedLoan("Tranches", "10000.00", "6", 12, 0);
        Capital before = capital();
        LoanTotals t = callAs("officer", () -> loans.disburse(loan.getId(), new BigDecimal("4000.00")));
        assertThat(t.disbursed()).isEqualByComparingTo("4000.00");
        // a disbursement turns commitment into outflow: available capital does not change
        assertThat(capital().available()).isEqualByComparingTo(before.available());
        assertThat(capital().committed())
                .isEqualByComparingTo(before.committed().subtract(new BigDecimal("4000.00")));
        assertThatThrownBy(() -> callAs("officer", () -> loans.disburse(loan.getId(), new BigDecimal("6000.01"))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.over-disbursement");
        for (String bad : new String[] {"0", "-1", "0.001", "100000000.01"}) {
            assertThatThrownBy(() -> callAs("officer", () -> loans.disburse(loan.getId(), new BigDecimal(bad))))
                    .as(bad)
                    .isInstanceOf(BusinessException.class);
        }
        callAs("officer", () -> loans.disburse(loan.getId(), new BigDecimal("6000.00")));
        assertThat(callAs("officer", () -> loans.totals(loan.getId())).disbursed())
                .isEqualByComparingTo("10000.00");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM fund_ledger_entry WHERE loan_id = ? AND entry_type = 'DISBURSEMENT'",
                        Long.class,
                        loan.getId()))
                .isEqualTo(2);
        assertThatThrownBy(() -> callAs("mayor", () -> loans.disburse(loan.getId(), BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void repaymentsPayInterestFirstThenPrincipalAndCloseTheLoan() throws Exception {
        // 100.00 at 7 % over 12 months: interest 0.58, 0.54, 0.49 in the first three months
        Loan loan = approvedLoan("Allocation", "1000.00", "7", 12, 0);
        callAs("officer", () -> loans.disburse(loan.getId(), new BigDecimal("1000.00")));
        backdate(loan.getId(), 2);
        List<Instalment> schedule = callAs("officer", () -> loans.schedule(loan.getId()));
        BigDecimal interestDue = schedule.get(0).interest().add(schedule.get(1).interest());
        assertThat(callAs("officer", () -> loans.interestDue(loan.getId(), LocalDate.now())))
                .isEqualByComparingTo(interestDue);

        // less than the interest due: all of it is interest
        LoanService.Repayment small = callAs("officer", () -> loans.repay(loan.getId(), new BigDecimal("5.00"), null));
        assertThat(small.interest()).isEqualByComparingTo("5.00");
        assertThat(small.principal()).isEqualByComparingTo("0.00");
        // the rest of the interest, then principal
        LoanService.Repayment next = callAs("officer", () -> loans.repay(loan.getId(), new BigDecimal("200.00"), null));
        assertThat(next.interest()).isEqualByComparingTo(interestDue.subtract(new BigDecimal("5.00")));
        assertThat(next.principal()).isEqualByComparingTo(new BigDecimal("200.00").subtract(next.interest()));
        LoanTotals totals = callAs("officer", () -> loans.totals(loan.getId()));
        assertThat(totals.interestPaid()).isEqualByComparingTo(interestDue);
        assertThat(totals.principalRepaid()).isEqualByComparingTo(next.principal());

        // overpayment: more than interest due (none now) plus outstanding principal
        BigDecimal outstanding = totals.outstanding();
        assertThatThrownBy(() -> callAs(
                        "officer", () -> loans.repay(loan.getId(), outstanding.add(new BigDecimal("0.01")), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.overpayment");
        assertThatThrownBy(() -> callAs(
                        "officer",
                        () -> loans.repay(
                                loan.getId(), BigDecimal.ONE, LocalDate.now().plusDays(1))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.future-date");
        assertThat(callAs("officer", () -> loans.totals(loan.getId())).outstanding())
                .isEqualByComparingTo(outstanding);

        LoanService.Repayment last = callAs("officer", () -> loans.repay(loan.getId(), outstanding, null));
        assertThat(last.closed()).isTrue();
        assertThat(callAs("officer", () -> loans.get(loan.getId())).getStatus()).isEqualTo(LoanStatus.CLOSED);
        assertThat(callAs("officer", () -> loans.totals(loan.getId())).outstanding())
                .isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> callAs("officer", () -> loans.repay(loan.getId(), BigDecimal.ONE, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.loan-closed");
        assertThatThrownBy(() -> callAs("officer", () -> loans.disburse(loan.getId(), BigDecimal.ONE)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.loan-closed");
    }

    @Test
    void writeOffIsProposedByOneOfficerAndConfirmedByAnotherRecordedInTheLedger() throws Exception {
        Loan loan = approvedLoan("Write off", "8000.00", "5", 12, 0);
        callAs("officer", () -> loans.disburse(loan.getId(), new BigDecimal("3000.00")));
        Capital before = capital();
        assertThat(callAs("officer", () -> loans.allowedActions(loan))).containsExactly(LoanAction.PROPOSE_WRITE_OFF);
        assertThat(callAs("officer", () -> loans.canMoveMoney(loan))).isTrue();
        assertThat(callAs("mayor", () -> loans.allowedActions(loan))).isEmpty();
        assertThat(callAs("mayor", () -> loans.canMoveMoney(loan))).isFalse();
        assertThatThrownBy(() -> runAs("mayor", () -> loans.proposeWriteOff(loan.getId(), loan.getVersion(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs("officer", () -> loans.proposeWriteOff(loan.getId(), loan.getVersion(), "")))
                .isInstanceOf(BusinessException.class);
        // nothing proposed yet: there is nothing to confirm
        assertThatThrownBy(() -> runAs("officer2", () -> loans.writeOff(loan.getId(), loan.getVersion())))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.write-off-not-proposed");

        runAs("officer", () -> loans.proposeWriteOff(loan.getId(), loan.getVersion(), "Municipality dissolved"));

        Loan proposed = callAs("officer", () -> loans.get(loan.getId()));
        assertThat(proposed.getStatus()).isEqualTo(LoanStatus.ACTIVE);
        assertThat(proposed.isWriteOffProposed()).isTrue();
        assertThat(proposed.getWriteOffReason()).isEqualTo("Municipality dissolved");
        assertThat(callAs("officer", () -> loans.allowedActions(proposed)))
                .containsExactly(LoanAction.WITHDRAW_WRITE_OFF);
        assertThat(callAs("officer2", () -> loans.allowedActions(proposed))).containsExactly(LoanAction.WRITE_OFF);
        assertThat(writeOffEntries(loan.getId())).isZero();
        // the proposer cannot confirm their own proposal (four-eyes)
        assertThatThrownBy(() -> runAs("officer", () -> loans.writeOff(loan.getId(), proposed.getVersion())))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.write-off-four-eyes");
        assertThat(hasTranslation("fund.error.write-off-four-eyes")).isTrue();
        assertThat(callAs("officer", () -> loans.get(loan.getId())).getStatus()).isEqualTo(LoanStatus.ACTIVE);

        runAs("officer2", () -> loans.writeOff(loan.getId(), proposed.getVersion()));

        Loan after = callAs("officer", () -> loans.get(loan.getId()));
        assertThat(after.getStatus()).isEqualTo(LoanStatus.DEFAULTED);
        assertThat(callAs("officer", () -> loans.allowedActions(after))).isEmpty();
        assertThat(callAs("officer2", () -> loans.allowedActions(after))).isEmpty();
        assertThat(callAs("officer", () -> loans.canMoveMoney(after))).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT amount FROM fund_ledger_entry WHERE loan_id = ? AND entry_type = 'WRITE_OFF'",
                        BigDecimal.class,
                        loan.getId()))
                .isEqualByComparingTo("3000.00");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(actor, ' ', action) FROM audit_event WHERE entity_type = 'Loan' AND entity_id = ?"
                                + " AND action LIKE '%WRITE_OFF' ORDER BY id",
                        String.class, String.valueOf(loan.getId())))
                .containsExactly("officer PROPOSE_WRITE_OFF", "officer2 WRITE_OFF");
        // the undisbursed 5000 is no longer committed; cash did not move
        assertThat(capital().committed())
                .isEqualByComparingTo(before.committed().subtract(new BigDecimal("5000.00")));
        assertThat(capital().cash()).isEqualByComparingTo(before.cash());
        assertThatThrownBy(() -> callAs("officer", () -> loans.repay(loan.getId(), BigDecimal.ONE, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.loan-closed");
    }

    @Test
    void onlyTheProposerWithdrawsAWriteOffProposalAndTheLoanStaysActive() throws Exception {
        Loan loan = approvedLoan("Write off withdrawn", "2000.00", "5", 12, 0);
        callAs("officer", () -> loans.disburse(loan.getId(), new BigDecimal("2000.00")));
        runAs("officer", () -> loans.proposeWriteOff(loan.getId(), loan.getVersion(), "Looks lost"));
        long version = loan.getVersion() + 1;
        assertThatThrownBy(() -> runAs("officer", () -> loans.proposeWriteOff(loan.getId(), version, "again")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.write-off-proposed");
        assertThatThrownBy(() -> runAs("officer2", () -> loans.withdrawWriteOff(loan.getId(), version)))
                .isInstanceOf(AccessDeniedException.class);
        // repayments still arrive while the proposal waits
        callAs("officer", () -> loans.repay(loan.getId(), new BigDecimal("10.00"), null));

        runAs(
                "officer",
                () -> loans.withdrawWriteOff(
                        loan.getId(),
                        callAs("officer", () -> loans.get(loan.getId())).getVersion()));

        Loan after = callAs("officer", () -> loans.get(loan.getId()));
        assertThat(after.getStatus()).isEqualTo(LoanStatus.ACTIVE);
        assertThat(after.isWriteOffProposed()).isFalse();
        assertThat(after.getClosedAt()).isNull();
        assertThat(callAs("officer2", () -> loans.allowedActions(after))).containsExactly(LoanAction.PROPOSE_WRITE_OFF);
        assertThat(writeOffEntries(loan.getId())).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Loan' AND entity_id = ? AND action = 'WITHDRAW_WRITE_OFF' AND actor = 'officer'",
                        Integer.class,
                        String.valueOf(loan.getId())))
                .isEqualTo(1);
    }

    private int writeOffEntries(Long loanId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM fund_ledger_entry WHERE loan_id = ? AND entry_type = 'WRITE_OFF'",
                Integer.class,
                loanId);
    }

    @Test
    void delinquencyJobComputesFromDatesAndCanRunTwice() throws Exception {
        Loan loan = approvedLoan("Late", "1200.00", "0", 12, 0);
        callAs("officer", () -> loans.disburse(loan.getId(), new BigDecimal("1200.00")));
        backdate(loan.getId(), 4);
        List<Instalment> schedule = callAs("officer", () -> loans.schedule(loan.getId()));
        // pay the first instalment (100.00) on its due date, nothing after
        callAs(
                "officer",
                () -> loans.repay(
                        loan.getId(), new BigDecimal("100.00"), schedule.get(0).dueDate()));
        LocalDate today = LocalDate.now();
        try {
            delinquency.refresh(today);
            int first = dpd(loan.getId());
            long expected =
                    java.time.temporal.ChronoUnit.DAYS.between(schedule.get(1).dueDate(), today);
            assertThat(first).isEqualTo((int) expected);
            assertThat(DelinquencyBucket.of(first))
                    .isIn(DelinquencyBucket.DAYS_61_90, DelinquencyBucket.DAYS_90_PLUS, DelinquencyBucket.DAYS_31_60);
            List<Integer> all = jdbc.queryForList("SELECT days_past_due FROM loan ORDER BY id", Integer.class);
            delinquency.refresh(today);
            assertThat(dpd(loan.getId())).isEqualTo(first);
            assertThat(jdbc.queryForList("SELECT days_past_due FROM loan ORDER BY id", Integer.class))
                    .isEqualTo(all);
            // as of the second due date it is exactly 0 days late; one day later, 1 day
            delinquency.refresh(schedule.get(1).dueDate());
            assertThat(dpd(loan.getId())).isZero();
            delinquency.refresh(schedule.get(1).dueDate().plusDays(1));
            assertThat(dpd(loan.getId())).isEqualTo(1);
            assertThat(DelinquencyBucket.of(1)).isEqualTo(DelinquencyBucket.DAYS_1_30);
            // catching up makes it current
            BigDecimal arrears = schedule.get(1)
                    .cumulativeDue()
                    .add(schedule.get(2).amount())
                    .add(schedule.get(3).amount())
                    .subtract(new BigDecimal("100.00"));
            callAs("officer", () -> loans.repay(loan.getId(), arrears, null));
            delinquency.refresh(today);
            assertThat(dpd(loan.getId())).isZero();
        } finally {
            delinquency.refresh(today);
        }
    }

    @Test
    void atStartUpDaysPastDueAreRecomputedOnlyWhenNotYetDoneToday() {
        LocalDate today = LocalDate.now();
        delinquency.refresh(today);
        long runs = startUpRuns();
        delinquency.atStartup();
        assertThat(startUpRuns())
                .as("already current: no second pass over every loan")
                .isEqualTo(runs);

        Long someLoan = jdbc.queryForObject("SELECT MIN(id) FROM loan", Long.class);
        jdbc.update("UPDATE loan SET delinquency_as_of = ? WHERE id = ?", today.minusDays(1), someLoan);
        delinquency.atStartup();
        assertThat(startUpRuns()).isEqualTo(runs + 1);
        assertThat(jdbc.queryForObject("SELECT delinquency_as_of FROM loan WHERE id = ?", LocalDate.class, someLoan))
                .isEqualTo(today);
    }

    private long startUpRuns() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'DELINQUENCY'", Long.class);
    }

    @Test
    void delinquencyJobIsGuardedByAClusterLock() throws Exception {
        java.lang.reflect.Method nightly = DelinquencyJob.class.getMethod("nightly");
        net.javacrumbs.shedlock.spring.annotation.SchedulerLock lock =
                nightly.getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class);
        assertThat(lock).isNotNull();
        assertThat(lock.name()).isEqualTo("fund-delinquency");
        // the lock provider works against this database
        delinquency.nightly();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'fund-delinquency'", Long.class))
                .isEqualTo(1);
    }

    private int dpd(Long loanId) {
        return jdbc.queryForObject("SELECT days_past_due FROM loan WHERE id = ?", Integer.class, loanId);
    }
}
