package org.imc.platform.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.sdg.SdgService;

/**
 * Adds the facts up: counts of distinct records and sums of amounts, in total and under every
 * key of every dimension a fact carries (several SDGs or countries: under each).
 */
final class ResultsCalculator {

    private static final int PARTNERSHIPS = 0;
    private static final int EXCHANGES = 1;
    private static final int GOALS = 2;
    private static final int PEOPLE = 3;
    private static final int DISBURSED = 0;
    private static final int REPAID = 1;

    /** The keys a fact counts under. */
    record Keys(Set<String> sdgGoals, Set<String> subProgrammes, Set<String> countries, String year) {}

    private static final class Cell {
        @SuppressWarnings("unchecked")
        final Set<Long>[] ids = new Set[] {new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>()};

        final BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};

        Figures figures() {
            return new Figures(
                    ids[PARTNERSHIPS].size(),
                    ids[EXCHANGES].size(),
                    ids[GOALS].size(),
                    ids[PEOPLE].size(),
                    sums[DISBURSED].setScale(2, RoundingMode.UNNECESSARY),
                    sums[REPAID].setScale(2, RoundingMode.UNNECESSARY));
        }
    }

    private final Cell total = new Cell();
    private final Map<Dimension, Map<String, Cell>> cells = new EnumMap<>(Dimension.class);

    ResultsCalculator() {
        for (Dimension d : Dimension.values()) {
            cells.put(d, new HashMap<>());
        }
    }

    static NetworkResults compute(ResultsQueries q, LocalDate today, Instant now) {
        ResultsCalculator c = new ResultsCalculator();
        Map<String, Set<String>> ownerTargets = q.ownerSdgTargets();
        Map<Long, ResultsQueries.Partnership> partnerships = new LinkedHashMap<>();
        q.partnerships().forEach(p -> partnerships.put(p.id(), p));
        List<ActivePartnership> active = new ArrayList<>();
        for (ResultsQueries.Partnership p : partnerships.values()) {
            if ("ACTIVE".equals(p.status())) {
                c.count(
                        PARTNERSHIPS,
                        p.id(),
                        new Keys(
                                goals(ownerTargets.getOrDefault("PARTNERSHIP:" + p.id(), Set.of())),
                                p.themes(),
                                countries(p.firstCountry(), p.secondCountry()),
                                String.valueOf(p.since().getYear())));
                active.add(new ActivePartnership(
                        p.firstName(),
                        p.firstCountry(),
                        p.secondName(),
                        p.secondCountry(),
                        p.since(),
                        List.copyOf(p.themes())));
            }
        }
        for (ResultsQueries.Exchange x : q.exchangesHeld(today)) {
            ResultsQueries.Partnership p = partnerships.get(x.twinningId());
            c.count(
                    EXCHANGES,
                    x.id(),
                    new Keys(
                            goals(ownerTargets.getOrDefault("PARTNERSHIP:" + x.twinningId(), Set.of())),
                            p == null ? Set.of() : p.themes(),
                            countries(x.hostCountry()),
                            String.valueOf(x.start().getYear())));
        }
        Map<Long, String> agreementCountries = q.agreementCountries();
        for (ResultsQueries.GoalMet g : q.goalsMet()) {
            Set<String> subs = Set.of();
            Set<String> where = Set.of();
            if ("PARTNERSHIP".equals(g.ownerKind())) {
                ResultsQueries.Partnership p = partnerships.get(g.ownerId());
                if (p != null) {
                    subs = p.themes();
                    where = countries(p.firstCountry(), p.secondCountry());
                }
            } else {
                where = countries(agreementCountries.get(g.ownerId()));
            }
            c.count(GOALS, g.id(), new Keys(goals(g.sdgTargets()), subs, where, String.valueOf(g.year())));
        }
        Map<Long, Set<String>> courseTargets = q.courseSdgTargets();
        for (ResultsQueries.Completion e : q.completions()) {
            c.count(
                    PEOPLE,
                    e.userId(),
                    new Keys(
                            goals(courseTargets.getOrDefault(e.courseId(), Set.of())),
                            Set.of(e.subProgramme()),
                            countries(e.country()),
                            e.completedOn() == null
                                    ? ""
                                    : String.valueOf(e.completedOn().getYear())));
        }
        Map<Long, Set<String>> applicationTargets = q.applicationSdgTargets();
        for (ResultsQueries.LoanMoney m : q.loanMoney()) {
            Set<String> targets =
                    m.applicationId() == null ? Set.of() : applicationTargets.getOrDefault(m.applicationId(), Set.of());
            c.add(
                    "DISBURSEMENT".equals(m.entryType()) ? DISBURSED : REPAID,
                    m.amount(),
                    new Keys(
                            goals(targets),
                            Set.of(m.subProgramme()),
                            countries(m.country()),
                            String.valueOf(m.year())));
        }
        return new NetworkResults(
                c.total.figures(),
                c.breakdowns(),
                indicators(q.indicators()),
                List.copyOf(active),
                q.activeAgreements(today),
                q.publishedPractices(),
                q.latestPractices(10),
                now);
    }

    private void count(int metric, long id, Keys keys) {
        total.ids[metric].add(id);
        for (Cell cell : cellsOf(keys)) {
            cell.ids[metric].add(id);
        }
    }

    private void add(int metric, BigDecimal amount, Keys keys) {
        total.sums[metric] = total.sums[metric].add(amount);
        for (Cell cell : cellsOf(keys)) {
            cell.sums[metric] = cell.sums[metric].add(amount);
        }
    }

    private List<Cell> cellsOf(Keys keys) {
        List<Cell> list = new ArrayList<>();
        for (String k : orNone(keys.sdgGoals())) {
            list.add(cell(Dimension.SDG, k));
        }
        for (String k : orNone(keys.subProgrammes())) {
            list.add(cell(Dimension.SUB_PROGRAMME, k));
        }
        for (String k : orNone(keys.countries())) {
            list.add(cell(Dimension.COUNTRY, k));
        }
        list.add(cell(Dimension.YEAR, keys.year()));
        return list;
    }

    private static Set<String> orNone(Set<String> keys) {
        return keys.isEmpty() ? Set.of("") : keys;
    }

    private Cell cell(Dimension d, String key) {
        return cells.get(d).computeIfAbsent(key, k -> new Cell());
    }

    private Map<Dimension, List<ResultRow>> breakdowns() {
        Map<Dimension, List<ResultRow>> result = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            List<ResultRow> rows = new ArrayList<>();
            cells.get(d).forEach((k, cell) -> rows.add(new ResultRow(k, cell.figures())));
            rows.sort(order(d));
            result.put(d, List.copyOf(rows));
        }
        return result;
    }

    /** SDGs by number, sub-programmes in their listed order, countries by name, years ascending; "none" last. */
    private static Comparator<ResultRow> order(Dimension d) {
        Comparator<String> keys = switch (d) {
            case SDG -> Comparator.comparingInt(Integer::parseInt);
            case SUB_PROGRAMME ->
                Comparator.comparingInt(k -> SubProgramme.valueOf(k).ordinal());
            case COUNTRY, YEAR -> Comparator.naturalOrder();
        };
        return (a, b) -> a.key().isEmpty() || b.key().isEmpty()
                ? Boolean.compare(a.key().isEmpty(), b.key().isEmpty())
                : keys.compare(a.key(), b.key());
    }

    private static Set<String> goals(Set<String> targets) {
        Set<String> goals = new TreeSet<>();
        targets.forEach(t -> goals.add(String.valueOf(SdgService.goalOf(t))));
        return goals;
    }

    private static Set<String> countries(String... names) {
        Set<String> set = new TreeSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                set.add(n);
            }
        }
        return set;
    }

    private static List<IndicatorTotal> indicators(List<ResultsQueries.Indicator> list) {
        Map<String, IndicatorTotal> byUnit = new TreeMap<>();
        for (ResultsQueries.Indicator i : list) {
            String unit = i.unit().trim().toLowerCase(Locale.ROOT);
            BigDecimal latest = i.latest() == null ? i.baseline() : i.latest();
            byUnit.merge(
                    unit,
                    new IndicatorTotal(unit, 1, i.baseline(), latest, i.target()),
                    (a, b) -> new IndicatorTotal(
                            unit,
                            a.indicators() + b.indicators(),
                            a.baseline().add(b.baseline()),
                            a.latest().add(b.latest()),
                            a.target().add(b.target())));
        }
        return byUnit.values().stream()
                .map(t -> new IndicatorTotal(
                        t.unit(), t.indicators(), plain(t.baseline()), plain(t.latest()), plain(t.target())))
                .toList();
    }

    /** Without trailing zeros, and never in exponent form (10, not 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
