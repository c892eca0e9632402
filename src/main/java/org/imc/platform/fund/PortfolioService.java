package org.imc.platform.fund;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Portfolio figures for fund officers, aggregated in MariaDB in two queries: the ledger totals by
 * entry type, and one grouped query over loans joined with their per-loan ledger sums (grouped by
 * sub-programme, country, status and delinquency bucket). Java only adds up those few groups.
 */
@Service
@PreAuthorize("hasRole('FUND_OFFICER')")
public class PortfolioService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final JdbcTemplate jdbc;

    PortfolioService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Portfolio figures() {
        Map<EntryType, BigDecimal> byType = new EnumMap<>(EntryType.class);
        for (EntryType t : EntryType.values()) {
            byType.put(t, ZERO);
        }
        jdbc.query("SELECT entry_type, SUM(amount) FROM fund_ledger_entry GROUP BY entry_type",
                rs -> {
                    byType.put(EntryType.valueOf(rs.getString(1)), rs.getBigDecimal(2));
                });
        record Group(String subProgramme, String country, LoanStatus status, int bucket, long loans, BigDecimal principal,
                     BigDecimal disbursed, BigDecimal repaid, BigDecimal writtenOff) {
        }
        List<Group> groups = jdbc.query("""
                SELECT l.sub_programme, m.country, l.status,
                       CASE WHEN l.days_past_due <= 0 THEN 0 WHEN l.days_past_due <= 30 THEN 1
                            WHEN l.days_past_due <= 60 THEN 2 WHEN l.days_past_due <= 90 THEN 3 ELSE 4 END AS bucket,
                       COUNT(*), SUM(l.principal), COALESCE(SUM(x.disbursed), 0), COALESCE(SUM(x.repaid), 0),
                       COALESCE(SUM(x.written_off), 0)
                FROM loan l
                JOIN municipality m ON m.id = l.municipality_id
                LEFT JOIN (SELECT loan_id,
                                  SUM(CASE WHEN entry_type = 'DISBURSEMENT' THEN amount ELSE 0 END) AS disbursed,
                                  SUM(CASE WHEN entry_type = 'PRINCIPAL_REPAYMENT' THEN amount ELSE 0 END) AS repaid,
                                  SUM(CASE WHEN entry_type = 'WRITE_OFF' THEN amount ELSE 0 END) AS written_off
                           FROM fund_ledger_entry WHERE loan_id IS NOT NULL GROUP BY loan_id) x ON x.loan_id = l.id
                GROUP BY l.sub_programme, m.country, l.status, bucket""",
                (rs, i) -> new Group(rs.getString(1), rs.getString(2), LoanStatus.valueOf(rs.getString(3)), rs.getInt(4),
                        rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9)));

        BigDecimal committed = ZERO;
        BigDecimal atRisk = ZERO;
        long loans = 0;
        long active = 0;
        Map<DelinquencyBucket, Portfolio.Segment> buckets = new EnumMap<>(DelinquencyBucket.class);
        for (DelinquencyBucket b : DelinquencyBucket.values()) {
            buckets.put(b, Portfolio.Segment.empty(b.name()));
        }
        Map<String, Portfolio.Segment> bySub = new LinkedHashMap<>();
        Map<String, Portfolio.Segment> byCountry = new LinkedHashMap<>();
        for (Group g : groups) {
            boolean isActive = g.status() == LoanStatus.ACTIVE;
            BigDecimal outstanding = g.disbursed().subtract(g.repaid()).subtract(g.writtenOff());
            BigDecimal risk = isActive && g.bucket() >= 2 ? outstanding : ZERO;
            loans += g.loans();
            if (isActive) {
                active += g.loans();
                committed = committed.add(g.principal().subtract(g.disbursed()));
                DelinquencyBucket bucket = DelinquencyBucket.values()[g.bucket()];
                buckets.merge(bucket, new Portfolio.Segment(bucket.name(), g.loans(), g.principal(), g.disbursed(),
                        g.repaid(), outstanding, risk), Portfolio.Segment::plus);
            }
            atRisk = atRisk.add(risk);
            Portfolio.Segment segment = new Portfolio.Segment(null, g.loans(), g.principal(), g.disbursed(), g.repaid(), outstanding, risk);
            bySub.merge(g.subProgramme(), withKey(segment, g.subProgramme()), Portfolio.Segment::plus);
            byCountry.merge(g.country(), withKey(segment, g.country()), Portfolio.Segment::plus);
        }
        BigDecimal inflows = byType.get(EntryType.CONTRIBUTION).add(byType.get(EntryType.PRINCIPAL_REPAYMENT))
                .add(byType.get(EntryType.INTEREST));
        Capital capital = new Capital(inflows, byType.get(EntryType.DISBURSEMENT), committed);
        BigDecimal outstanding = byType.get(EntryType.DISBURSEMENT).subtract(byType.get(EntryType.PRINCIPAL_REPAYMENT))
                .subtract(byType.get(EntryType.WRITE_OFF));
        return new Portfolio(capital, byType.get(EntryType.CONTRIBUTION), byType.get(EntryType.DISBURSEMENT),
                byType.get(EntryType.PRINCIPAL_REPAYMENT), byType.get(EntryType.INTEREST), byType.get(EntryType.WRITE_OFF),
                outstanding, atRisk, loans, active, buckets, sorted(bySub), sorted(byCountry));
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
