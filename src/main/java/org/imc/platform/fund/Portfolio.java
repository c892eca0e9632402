package org.imc.platform.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The fund's portfolio at a glance. Money figures are sums of ledger entries (and approved
 * principal); see {@link PortfolioService} for the definitions.
 *
 * @param capital        inflows, outflows and commitments; available capital
 * @param contributed    contributions received
 * @param disbursed      paid out to date
 * @param repaid         principal repaid to date
 * @param interest       interest received to date
 * @param writtenOff     principal written off
 * @param outstanding    disbursed − repaid − written off
 * @param atRisk         outstanding of active loans more than 30 days past due
 * @param buckets        loans and outstanding per delinquency bucket (active loans)
 * @param bySubProgramme per sub-programme
 * @param byCountry      per country of the borrowing municipality
 */
public record Portfolio(
        Capital capital,
        BigDecimal contributed,
        BigDecimal disbursed,
        BigDecimal repaid,
        BigDecimal interest,
        BigDecimal writtenOff,
        BigDecimal outstanding,
        BigDecimal atRisk,
        long loans,
        long activeLoans,
        Map<DelinquencyBucket, Segment> buckets,
        List<Segment> bySubProgramme,
        List<Segment> byCountry) {

    /** Portfolio at risk (30+ days) as a share of the outstanding portfolio, in per cent. */
    public BigDecimal parPercent() {
        return outstanding.signum() == 0
                ? BigDecimal.ZERO.setScale(2)
                : atRisk.multiply(BigDecimal.valueOf(100)).divide(outstanding, 2, RoundingMode.HALF_UP);
    }

    /** How many times the contributed capital has been lent out: disbursed to date ÷ contributed. */
    public BigDecimal revolutions() {
        return contributed.signum() == 0
                ? BigDecimal.ZERO.setScale(2)
                : disbursed.divide(contributed, 2, RoundingMode.HALF_UP);
    }

    /** One line of a breakdown. */
    public record Segment(
            String key,
            long loans,
            BigDecimal approved,
            BigDecimal disbursed,
            BigDecimal repaid,
            BigDecimal outstanding,
            BigDecimal atRisk) {

        static Segment empty(String key) {
            BigDecimal z = BigDecimal.ZERO.setScale(2);
            return new Segment(key, 0, z, z, z, z, z);
        }

        Segment plus(Segment o) {
            return new Segment(
                    key,
                    loans + o.loans,
                    approved.add(o.approved),
                    disbursed.add(o.disbursed),
                    repaid.add(o.repaid),
                    outstanding.add(o.outstanding),
                    atRisk.add(o.atRisk));
        }
    }
}
