package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact figures of the schedule. Expected values were worked out by hand from the rounding rule
 * (monthly rate 7 / 1200 = 0.0058333333; instalment 100 · r / (1 − (1 + r)^−12) = 8.6527 → 8.65).
 */
class AmortisationScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 31);

    @Test
    void hundredAtSevenPercentOverTwelveMonths() {
        List<Instalment> rows =
                AmortisationSchedule.compute(new BigDecimal("100.00"), new BigDecimal("7.0000"), 12, 0, START);
        assertThat(AmortisationSchedule.monthlyRate(new BigDecimal("7"))).isEqualByComparingTo("0.0058333333");
        String[][] expected = {
            // principal, interest, amount, balance after
            {"8.07", "0.58", "8.65", "91.93"},
            {"8.11", "0.54", "8.65", "83.82"},
            {"8.16", "0.49", "8.65", "75.66"},
            {"8.21", "0.44", "8.65", "67.45"},
            {"8.26", "0.39", "8.65", "59.19"},
            {"8.30", "0.35", "8.65", "50.89"},
            {"8.35", "0.30", "8.65", "42.54"},
            {"8.40", "0.25", "8.65", "34.14"},
            {"8.45", "0.20", "8.65", "25.69"},
            {"8.50", "0.15", "8.65", "17.19"},
            {"8.55", "0.10", "8.65", "8.64"},
            {"8.64", "0.05", "8.69", "0.00"},
        };
        assertThat(rows).hasSize(12);
        for (int i = 0; i < 12; i++) {
            Instalment row = rows.get(i);
            assertThat(row.seq()).isEqualTo(i + 1);
            assertThat(row.principal()).as("principal %d", i + 1).isEqualTo(new BigDecimal(expected[i][0]));
            assertThat(row.interest()).as("interest %d", i + 1).isEqualTo(new BigDecimal(expected[i][1]));
            assertThat(row.amount()).as("amount %d", i + 1).isEqualTo(new BigDecimal(expected[i][2]));
            assertThat(row.balanceAfter()).as("balance %d", i + 1).isEqualTo(new BigDecimal(expected[i][3]));
        }
        // month-end start: due dates clamp to the month's last day
        assertThat(rows.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(rows.get(11).dueDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(rows.stream().map(Instalment::principal).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(rows.get(11).cumulativeDue()).isEqualTo(new BigDecimal("103.84"));
    }

    @Test
    void graceMonthsPayInterestOnlyThenEqualInstalments() {
        List<Instalment> rows =
                AmortisationSchedule.compute(new BigDecimal("150000.00"), new BigDecimal("6"), 36, 3, START);
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i).principal()).isEqualTo(new BigDecimal("0.00"));
            assertThat(rows.get(i).interest()).isEqualTo(new BigDecimal("750.00"));
            assertThat(rows.get(i).balanceAfter()).isEqualTo(new BigDecimal("150000.00"));
        }
        // 33 amortising months at 0.5 %: 150000 · 0.005 / (1 − 1.005^−33) = 4942.0909 → 4942.09
        assertThat(rows.get(3).amount()).isEqualTo(new BigDecimal("4942.09"));
        assertThat(rows.get(3).principal()).isEqualTo(new BigDecimal("4192.09"));
        assertThat(rows.get(4).interest()).isEqualTo(new BigDecimal("729.04"));
        assertThat(rows.getLast().balanceAfter()).isEqualTo(new BigDecimal("0.00"));
        assertThat(rows.stream().map(Instalment::principal).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("150000.00"));
    }

    @Test
    void zeroRateSplitsThePrincipalAndTheLastInstalmentTakesTheRest() {
        List<Instalment> rows = AmortisationSchedule.compute(new BigDecimal("100.00"), BigDecimal.ZERO, 3, 0, START);
        assertThat(rows)
                .extracting(Instalment::amount)
                .containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
        assertThat(rows).extracting(Instalment::interest).containsOnly(new BigDecimal("0.00"));
        assertThat(rows.getLast().balanceAfter()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void everyScheduleEndsAtExactlyZero() {
        for (String principal : new String[] {"1000.00", "12345.67", "999999.99", "10000000.00"}) {
            for (String rate : new String[] {"0.5", "3.25", "7", "12.9999", "30"}) {
                for (int term : new int[] {1, 2, 13, 60, 240}) {
                    List<Instalment> rows = AmortisationSchedule.compute(
                            new BigDecimal(principal), new BigDecimal(rate), term, term > 1 ? 1 : 0, START);
                    assertThat(rows.getLast().balanceAfter())
                            .as("%s at %s over %d", principal, rate, term)
                            .isEqualTo(new BigDecimal("0.00"));
                    assertThat(rows)
                            .allSatisfy(r -> assertThat(r.principal().signum()).isGreaterThanOrEqualTo(0));
                }
            }
        }
    }

    @Test
    void refusesImpossibleTerms() {
        assertThatThrownBy(() -> AmortisationSchedule.compute(BigDecimal.TEN, BigDecimal.ONE, 0, 0, START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AmortisationSchedule.compute(BigDecimal.TEN, BigDecimal.ONE, 6, 6, START))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
