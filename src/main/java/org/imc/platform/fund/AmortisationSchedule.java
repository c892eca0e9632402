package org.imc.platform.fund;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Equal monthly instalments after an interest-only grace period. The rounding rule:
 * <ul>
 *   <li>monthly rate = annual rate (per cent) / 1200, kept to 10 decimals, HALF_EVEN;</li>
 *   <li>instalment = P·r / (1 − (1 + r)^−n) over the n = term − grace amortising months, computed
 *       with 34 significant digits and rounded HALF_UP to cents (P / n when the rate is zero);</li>
 *   <li>interest of a month = opening balance · r, rounded HALF_UP to cents; principal = instalment
 *       − interest;</li>
 *   <li>grace months pay interest only (nothing is capitalised);</li>
 *   <li>the last instalment repays the whole remaining balance plus its interest, so it absorbs
 *       the rounding and the balance ends at exactly 0.00.</li>
 * </ul>
 * Instalment k falls due k months after the start date.
 */
public final class AmortisationSchedule {

    private static final BigDecimal TWELVE_HUNDRED = new BigDecimal("1200");

    private AmortisationSchedule() {}

    public static BigDecimal monthlyRate(BigDecimal annualRatePercent) {
        return annualRatePercent.divide(TWELVE_HUNDRED, 10, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal instalment(BigDecimal principal, BigDecimal monthlyRate, int months) {
        if (monthlyRate.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
        }
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal growth = BigDecimal.ONE.add(monthlyRate).pow(months, mc);
        BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, mc), mc);
        return principal.multiply(monthlyRate, mc).divide(discount, mc).setScale(2, RoundingMode.HALF_UP);
    }

    public static List<Instalment> compute(
            BigDecimal principal, BigDecimal annualRatePercent, int termMonths, int graceMonths, LocalDate startDate) {
        if (termMonths < 1 || graceMonths < 0 || graceMonths >= termMonths) {
            throw new IllegalArgumentException("term " + termMonths + ", grace " + graceMonths);
        }
        BigDecimal r = monthlyRate(annualRatePercent);
        int amortising = termMonths - graceMonths;
        BigDecimal payment = instalment(principal, r, amortising);
        List<Instalment> rows = new ArrayList<>(termMonths);
        BigDecimal balance = principal.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
        for (int k = 1; k <= termMonths; k++) {
            BigDecimal interest = balance.multiply(r).setScale(2, RoundingMode.HALF_UP);
            BigDecimal principalPart;
            if (k <= graceMonths) {
                principalPart = BigDecimal.ZERO.setScale(2);
            } else if (k == termMonths) {
                principalPart = balance;
            } else {
                principalPart = payment.subtract(interest)
                        .max(BigDecimal.ZERO.setScale(2))
                        .min(balance);
            }
            BigDecimal amount = principalPart.add(interest);
            balance = balance.subtract(principalPart);
            cumulative = cumulative.add(amount);
            rows.add(new Instalment(k, startDate.plusMonths(k), principalPart, interest, amount, balance, cumulative));
        }
        return rows;
    }
}
