package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imc.platform.Race;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Two officers approve different loans at the same moment; together they exceed the available
 * capital, so exactly one approval may succeed (MariaDB, real concurrent transactions).
 */
class CapitalRaceTest extends FundTestSupport {

    @Test
    void twoSimultaneousApprovalsCannotBothSpendTheSameCapital() throws Exception {
        BigDecimal available = capital().available();
        // each needs 60 % of what is available: one fits, both do not
        String amount = available
                .multiply(new BigDecimal("0.6"))
                .setScale(2, RoundingMode.DOWN)
                .toPlainString();
        FundApplication first = recommended("Race A", amount, 24, 0);
        FundApplication second = recommended("Race B", amount, 24, 0);

        List<Callable<Loan>> racers = new ArrayList<>();
        for (FundApplication a : List.of(first, second)) {
            racers.add(() -> callAs(
                    "officer2", () -> applications.approve(a.getId(), a.getVersion(), new BigDecimal("5"), null)));
        }
        List<Race.Outcome<Loan>> outcomes = Race.run(racers);
        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o.refusedWith("fund.error.insufficient-capital"))
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM loan l JOIN fund_application a ON a.id = l.application_id "
                                + "WHERE a.title LIKE 'Test fund Race%'",
                        Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM fund_application WHERE title LIKE 'Test fund Race%' AND status = 'RECOMMENDED'",
                        Long.class))
                .isEqualTo(1);
        Capital after = capital();
        assertThat(after.available()).isEqualByComparingTo(available.subtract(new BigDecimal(amount)));
        assertThat(after.available().signum()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void anApprovalBeyondTheAvailableCapitalIsRefused() throws Exception {
        BigDecimal available = capital().available();
        String amount = available
                .add(new BigDecimal("0.01"))
                .min(ApplicationDraft.MAX_AMOUNT)
                .toPlainString();
        FundApplication a = recommended("Too big", amount, 24, 0);
        if (new BigDecimal(amount).compareTo(available) > 0) {
            assertThatThrownBy(() -> callAs(
                            "officer2", () -> applications.approve(a.getId(), a.getVersion(), BigDecimal.ONE, null)))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("fund.error.insufficient-capital");
            assertThat(callAs("officer2", () -> applications.get(a.getId())).getStatus())
                    .isEqualTo(ApplicationStatus.RECOMMENDED);
        }
        assertThat(capital().available()).isEqualByComparingTo(available);
    }
}
