package org.imc.platform.fund;

import org.imc.platform.security.Roles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Portfolio figures for fund officers, aggregated in MariaDB in two queries read in the same
 * snapshot of one read-only transaction: the contributions (a range of the covering index
 * {@code ix_ledger_type}), and the loans grouped by sub-programme, status, delinquency bucket and
 * municipality with the sums of their running ledger totals — one streaming pass over the covering
 * index {@code ix_loan_portfolio}, the country joined to the few thousand groups afterwards. Java
 * only adds up those groups. The running totals are the sums of each loan's ledger entries,
 * written with every entry in the same transaction ({@link FundLedger#record}); the ledger stays
 * the source of truth, and capital decisions read it directly ({@link FundLedger#capital()}).
 * <p>
 * The figures are kept and handed to every officer while they are still right: as long as no
 * ledger entry and no loan has been added since (the newest ids of both tables, read from their
 * primary keys on every call, so a movement made on any node counts at once; every change of
 * money or of a loan's status writes a ledger entry), and for at most
 * {@code imc.fund.portfolio-max-age} (15 minutes): only the delinquency job (nightly, and at
 * start-up) changes figures without a ledger entry, by moving loans between buckets as days pass,
 * so its new buckets show at most that much later. Officers asking at the same moment share one
 * computation. {@code imc.fund.portfolio-max-age=0} computes on every call.
 */
@Service
@PreAuthorize(Roles.IS_FUND_OFFICER)
public class PortfolioService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final long maxAgeNanos;
    private final Object computing = new Object();
    private volatile Kept kept;

    /** Figures as of the newest ledger entry and loan they include. */
    private record Kept(Stamp stamp, long computedAt, Portfolio figures) {
    }

    private record Stamp(Long lastEntry, Long lastLoan) {
    }

    PortfolioService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                     @Value("${imc.fund.portfolio-max-age:PT15M}") Duration maxAge) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The figures as of now (see the class comment for when they are computed again). */
    public Portfolio figures() {
        if (maxAgeNanos <= 0) {
            return readOnly.execute(status -> compute());
        }
        Stamp stamp = stamp();
        Kept k = kept;
        if (current(k, stamp)) {
            return k.figures();
        }
        synchronized (computing) {
            k = kept;
            if (current(k, stamp)) {
                return k.figures();
            }
            // read after the stamp: if something was added in between, the next call computes again
            Portfolio figures = readOnly.execute(status -> compute());
            kept = new Kept(stamp, System.nanoTime(), figures);
            return figures;
        }
    }

    private boolean current(Kept k, Stamp stamp) {
        return k != null && k.stamp().equals(stamp) && System.nanoTime() - k.computedAt() < maxAgeNanos;
    }

    private Stamp stamp() {
        return jdbc.queryForObject("SELECT (SELECT MAX(id) FROM fund_ledger_entry), (SELECT MAX(id) FROM loan)",
                (rs, i) -> new Stamp(rs.getObject(1, Long.class), rs.getObject(2, Long.class)));
    }

    private Portfolio compute() {
        BigDecimal contributed = jdbc.queryForObject(
                "SELECT COALESCE(SUM(amount), 0) FROM fund_ledger_entry WHERE entry_type = 'CONTRIBUTION'", BigDecimal.class);
        record Key(String subProgramme, String country, LoanStatus status, int bucket) {
        }
        record Group(long loans, BigDecimal principal, BigDecimal disbursed, BigDecimal repaid, BigDecimal interest,
                     BigDecimal writtenOff) {

            Group plus(Group o) {
                return new Group(loans + o.loans, principal.add(o.principal), disbursed.add(o.disbursed), repaid.add(o.repaid),
                        interest.add(o.interest), writtenOff.add(o.writtenOff));
            }
        }
        Map<Key, Group> groups = new LinkedHashMap<>();
        jdbc.query("""
                SELECT g.sub_programme, m.country, g.status, g.bucket, g.loans, g.principal, g.disbursed, g.repaid,
                       g.interest, g.written_off
                FROM (SELECT sub_programme, status, delinquency_bucket AS bucket, municipality_id, COUNT(*) AS loans,
                             SUM(principal) AS principal, SUM(disbursed) AS disbursed, SUM(principal_repaid) AS repaid,
                             SUM(interest_paid) AS interest, SUM(written_off) AS written_off
                      FROM loan
                      GROUP BY sub_programme, status, delinquency_bucket, municipality_id) g
                JOIN municipality m ON m.id = g.municipality_id""",
                rs -> {
                    groups.merge(new Key(rs.getString(1), rs.getString(2), LoanStatus.valueOf(rs.getString(3)), rs.getInt(4)),
                            new Group(rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                                    rs.getBigDecimal(9), rs.getBigDecimal(10)), Group::plus);
                });

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
                buckets.merge(bucket, new Portfolio.Segment(bucket.name(), g.loans(), g.principal(), g.disbursed(),
                        g.repaid(), outstanding, risk), Portfolio.Segment::plus);
            }
            atRisk = atRisk.add(risk);
            Portfolio.Segment segment = new Portfolio.Segment(null, g.loans(), g.principal(), g.disbursed(), g.repaid(), outstanding, risk);
            bySub.merge(k.subProgramme(), withKey(segment, k.subProgramme()), Portfolio.Segment::plus);
            byCountry.merge(k.country(), withKey(segment, k.country()), Portfolio.Segment::plus);
        }
        Capital capital = new Capital(contributed.add(repaid).add(interest), disbursed, committed);
        BigDecimal outstanding = disbursed.subtract(repaid).subtract(writtenOff);
        return new Portfolio(capital, contributed, disbursed, repaid, interest, writtenOff, outstanding, atRisk, loans, active,
                buckets, sorted(bySub), sorted(byCountry));
    }

    /** The figures as CSV (comma separated, header line, amounts with a dot and two decimals). */
    @Transactional(readOnly = true)
    public String csv() {
        Portfolio p = figures();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("section", "key", "loans", "approved", "disbursed", "repaid", "outstanding", "at_risk_30")
                .get())) {
            csv.printRecord("summary", "available", "", "", "", "", p.capital().available().toPlainString(), "");
            csv.printRecord("summary", "committed", "", "", "", "", p.capital().committed().toPlainString(), "");
            csv.printRecord("summary", "contributed", "", "", "", "", p.contributed().toPlainString(), "");
            csv.printRecord("summary", "interest", "", "", "", "", p.interest().toPlainString(), "");
            csv.printRecord("summary", "written_off", "", "", "", "", p.writtenOff().toPlainString(), "");
            csv.printRecord("summary", "par30_percent", "", "", "", "", p.parPercent().toPlainString(), "");
            csv.printRecord("summary", "revolutions", "", "", "", "", p.revolutions().toPlainString(), "");
            csv.printRecord("total", "all", p.loans(), "", p.disbursed().toPlainString(), p.repaid().toPlainString(),
                    p.outstanding().toPlainString(), p.atRisk().toPlainString());
            for (Portfolio.Segment s : p.bySubProgramme()) {
                print(csv, "sub_programme", s);
            }
            for (Portfolio.Segment s : p.byCountry()) {
                print(csv, "country", s);
            }
            for (Portfolio.Segment s : p.buckets().values()) {
                print(csv, "bucket", s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter csv, String section, Portfolio.Segment s) throws IOException {
        csv.printRecord(section, s.key(), s.loans(), s.approved().toPlainString(), s.disbursed().toPlainString(),
                s.repaid().toPlainString(), s.outstanding().toPlainString(), s.atRisk().toPlainString());
    }

    private static Portfolio.Segment withKey(Portfolio.Segment s, String key) {
        return new Portfolio.Segment(key, s.loans(), s.approved(), s.disbursed(), s.repaid(), s.outstanding(), s.atRisk());
    }

    private static List<Portfolio.Segment> sorted(Map<String, Portfolio.Segment> map) {
        List<Portfolio.Segment> list = new ArrayList<>(map.values());
        list.sort(Comparator.comparing(Portfolio.Segment::outstanding).reversed().thenComparing(Portfolio.Segment::key));
        return list;
    }
}
