package org.imc.platform.scale;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.twinning.PartnerFilter;
import org.imc.platform.twinning.PartnerFinder;
import org.imc.platform.twinning.PopulationBand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures the partner finder: one municipality ranked against all the others
 * ({@link PartnerFinder#suggestions}, first page of 50, scored and explained) and the match count,
 * timed around the service call as a signed-in mayor of a generated municipality.
 */
class TwinningBenchmark {

    static final int PAGE_SIZE = 50;
    static final double GOAL_MS = 200;

    record Case(String label, PartnerFilter filter) {}

    static final List<Case> CASES = List.of(
            new Case("no filter", PartnerFilter.none()),
            new Case("shared language", new PartnerFilter(null, null, null, true)),
            new Case("country = Nigeria", new PartnerFilter("Nigeria", null, null, false)),
            new Case("population 100k-500k", new PartnerFilter(null, null, PopulationBand.FROM_100K_TO_500K, false)),
            new Case("band + shared language", new PartnerFilter(null, null, PopulationBand.FROM_500K_TO_2M, true)));

    private final PartnerFinder finder;
    private final JdbcTemplate jdbc;
    private final ScaleProperties properties;

    TwinningBenchmark(PartnerFinder finder, JdbcTemplate jdbc, ScaleProperties properties) {
        this.finder = finder;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    void run(PrintStream out) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM municipality", Long.class);
        long municipalityCount = total == null ? 0 : total;
        // a generated municipality with needs, offers and pillars (the median id, so not a demo one)
        Long ownId = jdbc.queryForObject(
                "SELECT m.id FROM municipality m WHERE EXISTS (SELECT 1 FROM municipality_resource r "
                        + "WHERE r.municipality_id = m.id AND r.kind = 'NEED') AND EXISTS (SELECT 1 FROM municipality_resource r "
                        + "WHERE r.municipality_id = m.id AND r.kind = 'OFFER') ORDER BY m.id LIMIT 1 OFFSET ?",
                Long.class,
                municipalityCount / 2);
        out.printf(
                Locale.ROOT,
                "Twinning benchmark: municipality %d ranked against %,d others, first page of %d, "
                        + "%d warm-up rounds, then %d timed iterations per case, times in ms [%s]%n",
                ownId,
                municipalityCount - 1,
                PAGE_SIZE,
                properties.warmup(),
                properties.iterations(),
                ScaleTasks.machine());
        if (municipalityCount < properties.municipalities()) {
            out.printf(
                    Locale.ROOT,
                    "WARNING: fewer than %,d municipalities: generate the scale data first "
                            + "(--imc.scale.generate=true)%n",
                    properties.municipalities());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SignedInUser mayor = new SignedInUser(
                null, "benchmark", "Twinning benchmark", Set.of(Role.MAYOR, Role.MEMBER), ownId, null, true);
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(mayor, null, mayor.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            out.printf(
                    Locale.ROOT,
                    "%-28s %9s %9s %9s %9s %9s %6s%n",
                    "case",
                    "rank p50",
                    "rank p95",
                    "count p50",
                    "count p95",
                    "matches",
                    "best");
            for (int i = 0; i < properties.warmup(); i++) {
                for (Case c : CASES) {
                    finder.suggestions(c.filter(), 0, PAGE_SIZE);
                    finder.count(c.filter());
                }
            }
            double slowest = 0;
            for (Case c : CASES) {
                long[] rank = new long[properties.iterations()];
                long[] count = new long[properties.iterations()];
                long matches = 0;
                int best = 0;
                for (int i = 0; i < properties.iterations(); i++) {
                    long start = System.nanoTime();
                    var page = finder.suggestions(c.filter(), 0, PAGE_SIZE);
                    long middle = System.nanoTime();
                    matches = finder.count(c.filter());
                    long end = System.nanoTime();
                    rank[i] = middle - start;
                    count[i] = end - middle;
                    best = page.isEmpty() ? 0 : page.getFirst().score();
                }
                double median = DirectoryBenchmark.percentile(rank, 50);
                slowest = Math.max(slowest, median);
                out.printf(
                        Locale.ROOT,
                        "%-28s %9.1f %9.1f %9.1f %9.1f %,9d %6d%n",
                        c.label(),
                        median,
                        DirectoryBenchmark.percentile(rank, 95),
                        DirectoryBenchmark.percentile(count, 50),
                        DirectoryBenchmark.percentile(count, 95),
                        matches,
                        best);
            }
            out.printf(
                    Locale.ROOT,
                    "Slowest ranking median: %.1f ms; goal <= %.0f ms: %s%n",
                    slowest,
                    GOAL_MS,
                    slowest <= GOAL_MS ? "met" : "MISSED");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
