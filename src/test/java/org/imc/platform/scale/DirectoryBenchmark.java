package org.imc.platform.scale;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.directory.MunicipalityFilter;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures what the directory grid asks the server for: one sorted, filtered page of 50
 * municipalities ({@link MunicipalityService#list}) and the number of matches
 * ({@link MunicipalityService#count}), each timed separately around the service call (security
 * check, transaction, query and mapping included), as a signed-in member. Prints median and
 * 95th percentile per case.
 */
class DirectoryBenchmark {

    static final int PAGE_SIZE = 50;
    static final double PAGE_GOAL_MS = 50;

    private static final Sort BY_NAME = Sort.by("name");
    private static final Sort BY_POPULATION_DESC = Sort.by(Sort.Direction.DESC, "population");

    /** One directory query as the grid would send it. */
    record Case(String label, MunicipalityFilter filter, Pageable page) {}

    static final List<Case> CASES = List.of(
            new Case("no filter, by name", MunicipalityFilter.none(), PageRequest.of(0, PAGE_SIZE, BY_NAME)),
            new Case(
                    "country = Nigeria, by name",
                    filter(null, "Nigeria", null, null, null),
                    PageRequest.of(0, PAGE_SIZE, BY_NAME)),
            new Case(
                    "pillar, by name",
                    filter(null, null, Pillar.HUMAN_DEVELOPMENT, null, null),
                    PageRequest.of(0, PAGE_SIZE, BY_NAME)),
            new Case(
                    "pillar + needs sub-programme, by name",
                    filter(null, null, Pillar.CLIMATE_NATURAL_RESOURCES, SubProgramme.DRINKING_WATER, null),
                    PageRequest.of(0, PAGE_SIZE, BY_NAME)),
            new Case(
                    "country + pillar + offers, by name",
                    filter(null, "Brazil", Pillar.HUMAN_DEVELOPMENT, null, SubProgramme.ICT_DISTANCE_LEARNING),
                    PageRequest.of(0, PAGE_SIZE, BY_NAME)),
            new Case(
                    "name contains \"ton\", by name",
                    filter("ton", null, null, null, null),
                    PageRequest.of(0, PAGE_SIZE, BY_NAME)),
            new Case(
                    "name contains \"wood\", by name",
                    filter("wood", null, null, null, null),
                    PageRequest.of(0, PAGE_SIZE, BY_NAME)),
            new Case(
                    "no filter, by country",
                    MunicipalityFilter.none(),
                    PageRequest.of(0, PAGE_SIZE, Sort.by("country"))),
            new Case(
                    "no filter, by population desc",
                    MunicipalityFilter.none(),
                    PageRequest.of(0, PAGE_SIZE, BY_POPULATION_DESC)),
            new Case(
                    "country = Kenya, by population desc",
                    filter(null, "Kenya", null, null, null),
                    PageRequest.of(0, PAGE_SIZE, BY_POPULATION_DESC)),
            new Case(
                    "no filter, by name, page 100",
                    MunicipalityFilter.none(),
                    PageRequest.of(100, PAGE_SIZE, BY_NAME)));

    private final MunicipalityService municipalities;
    private final JdbcTemplate jdbc;
    private final ScaleProperties properties;

    DirectoryBenchmark(MunicipalityService municipalities, JdbcTemplate jdbc, ScaleProperties properties) {
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    void run(PrintStream out) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM municipality", Long.class);
        long municipalityCount = total == null ? 0 : total;
        out.printf(
                Locale.ROOT,
                "Directory benchmark: %,d municipalities, pages of %d, %d warm-up rounds over all "
                        + "cases, then %d timed iterations per case, times in ms [%s]%n",
                municipalityCount,
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
        SignedInUser member =
                new SignedInUser(null, "benchmark", "Directory benchmark", Set.of(Role.MEMBER), null, null, true);
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            out.printf(
                    Locale.ROOT,
                    "%-40s %8s %8s %8s %8s %8s%n",
                    "case",
                    "page p50",
                    "page p95",
                    "count p50",
                    "count p95",
                    "matches");
            // warm up on every case first, so the first cases are not measured while the JIT still compiles
            for (int i = 0; i < properties.warmup(); i++) {
                for (Case c : CASES) {
                    municipalities.list(c.filter(), c.page());
                    municipalities.count(c.filter());
                }
            }
            double slowestPageMedian = 0;
            for (Case c : CASES) {
                Result r = measure(c);
                slowestPageMedian = Math.max(slowestPageMedian, r.pageMedian());
                out.printf(
                        Locale.ROOT,
                        "%-40s %8.1f %8.1f %8.1f %8.1f %,8d%n",
                        c.label(),
                        r.pageMedian(),
                        r.pageP95(),
                        r.countMedian(),
                        r.countP95(),
                        r.matches());
            }
            out.printf(
                    Locale.ROOT,
                    "Slowest page median: %.1f ms; goal <= %.0f ms: %s%n",
                    slowestPageMedian,
                    PAGE_GOAL_MS,
                    slowestPageMedian <= PAGE_GOAL_MS ? "met" : "MISSED");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record Result(double pageMedian, double pageP95, double countMedian, double countP95, long matches) {}

    private Result measure(Case c) {
        long matches = 0;
        long[] page = new long[properties.iterations()];
        long[] count = new long[properties.iterations()];
        for (int i = 0; i < properties.iterations(); i++) {
            long start = System.nanoTime();
            int rows = municipalities.list(c.filter(), c.page()).size();
            long middle = System.nanoTime();
            matches = municipalities.count(c.filter());
            long end = System.nanoTime();
            page[i] = middle - start;
            count[i] = end - middle;
            if (rows > PAGE_SIZE) {
                throw new IllegalStateException("a page returned " + rows + " rows");
            }
        }
        return new Result(
                percentile(page, 50), percentile(page, 95), percentile(count, 50), percentile(count, 95), matches);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static MunicipalityFilter filter(
            String name, String country, Pillar pillar, SubProgramme needs, SubProgramme offers) {
        return new MunicipalityFilter(name, country, null, pillar, needs, offers);
    }
}
