package org.imc.platform.fund;

import java.math.BigDecimal;

/**
 * Loans at one place on the map, for fund officers: one municipality ({@code municipalities} 1,
 * named) or a cluster of nearby ones (named by its first), with how many loans and the principal
 * outstanding (disbursed, less repaid and written off).
 */
public record LoanPlace(
        double latitude, double longitude, int municipalities, long loans, BigDecimal outstanding, String name) {}
