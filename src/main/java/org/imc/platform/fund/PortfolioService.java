package org.imc.platform.fund;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.CsvCells;
import org.imc.platform.base.StampedCache;
import org.imc.platform.directory.MapArea;
import org.imc.platform.directory.NetworkMapService;
import org.imc.platform.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portfolio figures for fund officers, aggregated in MariaDB in two queries read in the same
 * snapshot of one read-only transaction: the contributions (a range of the covering index
 * {@code ix_ledger_type}), and the loans grouped by sub-programme, status, delinquency bucket and
 * municipality with the sums of their running ledger totals — one streaming pass over the covering
 * index {@code ix_loan_portfolio}, the country joined to the groups afterwards
 * ({@link FundQueries#portfolioGroups}, a declared read of the directory's table). Java only adds
 * up those groups. The running totals are the sums of each loan's ledger entries, written with
 * every entry in the same transaction ({@link FundLedger#record}); the ledger stays the source of
 * truth, and capital decisions read it directly ({@link FundLedger#capital()}).
 * <p>
 * The figures are kept and handed to every officer while they are still right
 * ({@link StampedCache}): as long as no ledger entry and no loan has been added since (the newest
 * ids of both tables, read from their primary keys on every call, so a movement made on any node
 * counts at once; every change of money or of a loan's status writes a ledger entry), and for at
 * most {@code imc.fund.portfolio-max-age} (15 minutes): only the delinquency job (nightly, and at
 * start-up) changes figures without a ledger entry, by moving loans between buckets as days pass,
 * so its new buckets show at most that much later. Officers asking at the same moment share one
 * computation. {@code imc.fund.portfolio-max-age=0} computes on every call.
 */
@Service
@PreAuthorize(Roles.IS_FUND_OFFICER)
public class PortfolioService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final List<String> CSV_HEADER = List.of(
            "section", "key", "loans", "approved", "disbursed", "repaid", "outstanding", "at_risk_30", "currency");

    private final FundQueries queries;
    private final AuditService audit;
    private final TransactionTemplate readOnly;
    /** Null when the figures are computed on every call. */
    private final StampedCache<Stamp, Portfolio> kept;

    private final FundCurrency currency;

    /** Figures as of the newest ledger entry and loan they include. */
    record Stamp(Long lastEntry, Long lastLoan) {}

    PortfolioService(
            FundQueries queries,
            AuditService audit,
            PlatformTransactionManager transactionManager,
            @Value("${imc.fund.portfolio-max-age:PT15M}") Duration maxAge,
            FundCurrency currency) {
        this.queries = queries;
        this.currency = currency;
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.kept = maxAge.isZero() || maxAge.isNegative()
                ? null
                : new StampedCache<>(queries::portfolioStamp, () -> readOnly.execute(status -> compute()), maxAge);
    }

    /** The figures as of now (see the class comment for when they are computed again). */
    public Portfolio figures() {
        return kept == null ? readOnly.execute(status -> compute()) : kept.get();
    }

    /**
     * The loans by their municipality's location in the area, for the map: each municipality alone
     * while at most {@link NetworkMapService#UNCLUSTERED_MAX} in view have a loan, else clustered on
     * the area's grid. Fund officers only (the class's rule): nobody else receives loan data.
     */
    @Transactional(readOnly = true)
    public List<LoanPlace> loansByLocation(MapArea area) {
        return queries.loanPlaces(
                area, queries.loanPlacesIn(area) <= NetworkMapService.UNCLUSTERED_MAX ? 0 : area.cellDegrees());
    }

    private Portfolio compute() {
        BigDecimal contributed = queries.contributed();
        record Key(String subProgramme, String country, LoanStatus status, int bucket) {}
        record Group(
                long loans,
                BigDecimal principal,
                BigDecimal disbursed,
                BigDecimal repaid,
                BigDecimal interest,
                BigDecimal writtenOff) {

            Group plus(Group o) {
                return new Group(
                        loans + o.loans,
                        principal.add(o.principal),
                        disbursed.add(o.disbursed),
                        repaid.add(o.repaid),
                        interest.add(o.interest),
                        writtenOff.add(o.writtenOff));
            }
        }
        Map<Key, Group> groups = new LinkedHashMap<>();
        queries.portfolioGroups(
                (sub, country, status, bucket, n, principal, disbursed, repaid, interest, writtenOff) -> groups.merge(
                        new Key(sub, country, status, bucket),
                        new Group(n, principal, disbursed, repaid, interest, writtenOff),
                        Group::plus));

        BigDecimal committed = ZERO;
        BigDecimal atRisk = ZERO;
        BigDecimal disbursed = ZERO;
        BigDecimal repaid = ZERO;
        BigDecimal interest = ZERO;
        BigDecimal writtenOff = ZERO;
        long loans = 0;
        long active = 0;
        Map<DelinquencyBucket, Portfolio.Segment> buckets = new EnumMap<>(DelinquencyBucket.class);
        for (DelinquencyBucket b : DelinquencyBucket.values()) {
            buckets.put(b, Portfolio.Segment.empty(b.name()));
        }
        Map<String, Portfolio.Segment> bySub = new LinkedHashMap<>();
        Map<String, Portfolio.Segment> byCountry = new LinkedHashMap<>();
        for (Map.Entry<Key, Group> entry : groups.entrySet()) {
            Key k = entry.getKey();
            Group g = entry.getValue();
            boolean isActive = k.status() == LoanStatus.ACTIVE;
            BigDecimal outstanding = g.disbursed().subtract(g.repaid()).subtract(g.writtenOff());
            BigDecimal risk = isActive && k.bucket() >= 2 ? outstanding : ZERO;
            loans += g.loans();
            disbursed = disbursed.add(g.disbursed());
            repaid = repaid.add(g.repaid());
            interest = interest.add(g.interest());
            writtenOff = writtenOff.add(g.writtenOff());
            if (isActive) {
                active += g.loans();
                committed = committed.add(g.principal().subtract(g.disbursed()));
                DelinquencyBucket bucket = DelinquencyBucket.values()[k.bucket()];
                buckets.merge(
                        bucket,
                        new Portfolio.Segment(
                                bucket.name(), g.loans(), g.principal(), g.disbursed(), g.repaid(), outstanding, risk),
                        Portfolio.Segment::plus);
            }
            atRisk = atRisk.add(risk);
            Portfolio.Segment segment =
                    new Portfolio.Segment(null, g.loans(), g.principal(), g.disbursed(), g.repaid(), outstanding, risk);
            bySub.merge(k.subProgramme(), withKey(segment, k.subProgramme()), Portfolio.Segment::plus);
            byCountry.merge(k.country(), withKey(segment, k.country()), Portfolio.Segment::plus);
        }
        Capital capital = new Capital(contributed.add(repaid).add(interest), disbursed, committed);
        BigDecimal outstanding = disbursed.subtract(repaid).subtract(writtenOff);
        return new Portfolio(
                capital,
                contributed,
                disbursed,
                repaid,
                interest,
                writtenOff,
                outstanding,
                atRisk,
                loans,
                active,
                buckets,
                sorted(bySub),
                sorted(byCountry));
    }

    /**
     * The figures as CSV (comma separated, header line, amounts with a dot and two decimals, the
     * fund's currency code in the last column of every row that holds amounts).
     */
    @Transactional
    public String csv() {
        String csv = csv(figures(), currency.code());
        audit.record("EXPORT_PORTFOLIO", "Fund", 1L, null, null);
        return csv;
    }

    /** Text cells (country names) are defused against formulas; amounts stay numbers. */
    static String csv(Portfolio p, String currency) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(summary("available", p.capital().available(), currency));
        rows.add(summary("committed", p.capital().committed(), currency));
        rows.add(summary("contributed", p.contributed(), currency));
        rows.add(summary("interest", p.interest(), currency));
        rows.add(summary("written_off", p.writtenOff(), currency));
        rows.add(summary("par30_percent", p.parPercent(), ""));
        rows.add(summary("revolutions", p.revolutions(), ""));
        rows.add(CsvCells.row(
                "total",
                "all",
                p.loans(),
                "",
                amount(p.disbursed()),
                amount(p.repaid()),
                amount(p.outstanding()),
                amount(p.atRisk()),
                currency));
        p.bySubProgramme().forEach(s -> rows.add(segment("sub_programme", s, currency)));
        p.byCountry().forEach(s -> rows.add(segment("country", s, currency)));
        p.buckets().values().forEach(s -> rows.add(segment("bucket", s, currency)));
        return CsvCells.write(CSV_HEADER, rows);
    }

    private static List<Object> summary(String key, BigDecimal value, String currency) {
        return CsvCells.row("summary", key, "", "", "", "", amount(value), "", currency);
    }

    private static List<Object> segment(String section, Portfolio.Segment s, String currency) {
        return CsvCells.row(
                section,
                s.key(),
                s.loans(),
                amount(s.approved()),
                amount(s.disbursed()),
                amount(s.repaid()),
                amount(s.outstanding()),
                amount(s.atRisk()),
                currency);
    }

    /** A number cell written in plain notation (never 1E+3), not taken for text. */
    private static Object amount(BigDecimal value) {
        return new PlainNumber(value);
    }

    private record PlainNumber(BigDecimal value) {
        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    private static Portfolio.Segment withKey(Portfolio.Segment s, String key) {
        return new Portfolio.Segment(
                key, s.loans(), s.approved(), s.disbursed(), s.repaid(), s.outstanding(), s.atRisk());
    }

    private static List<Portfolio.Segment> sorted(Map<String, Portfolio.Segment> map) {
        List<Portfolio.Segment> list = new ArrayList<>(map.values());
        list.sort(
                Comparator.comparing(Portfolio.Segment::outstanding).reversed().thenComparing(Portfolio.Segment::key));
        return list;
    }
}
