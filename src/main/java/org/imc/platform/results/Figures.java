package org.imc.platform.results;

import java.math.BigDecimal;

/**
 * The figures of one row (or of the whole network). Counts are of distinct records: a partnership
 * between two countries counts once in each country's row and once in the total; a record tagged
 * with two SDGs counts under both. Amounts are in the fund's currency.
 */
public record Figures(
        long activePartnerships,
        long exchangesHeld,
        long goalsMet,
        long peopleTrained,
        BigDecimal loansDisbursed,
        BigDecimal loansRepaid) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
}
