package org.imc.platform.fund;

import java.math.BigDecimal;

/** Sums of one loan's ledger entries. */
public record LoanTotals(
        BigDecimal disbursed, BigDecimal principalRepaid, BigDecimal interestPaid, BigDecimal writtenOff) {

    public BigDecimal outstanding() {
        return disbursed.subtract(principalRepaid).subtract(writtenOff);
    }
}
