package org.imc.platform.scale;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.imc.platform.base.Language;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.practice.PracticeFilter;
import org.imc.platform.practice.PracticeService;

/**
 * Times what the library's grid asks for: the first page of 25 results and the number of
 * matches ({@link PracticeService#search} and {@link PracticeService#count}), together, around
 * the service calls (security, transaction, FULLTEXT query and mapping). Prints median and 95th
 * percentile per case; the goal is 100 ms for the first page.
 */
class PracticeBenchmark {

    static final double GOAL_MS = 100;

    record Case(String label, PracticeFilter filter) {}

    static final List<Case> CASES = List.of(
            new Case("words \"water kiosks\"", new PracticeFilter("water kiosks", null, null, null, null)),
            new Case("words \"composting\"", new PracticeFilter("composting", null, null, null, null)),
            new Case(
                    "words \"borehole maintenance\" + sub-programme",
                    new PracticeFilter("borehole maintenance", SubProgramme.DRINKING_WATER, null, null, null)),
            new Case(
                    "words \"cooperatives\" + country + language",
                    new PracticeFilter("cooperatives", null, "Kenya", Language.ENGLISH, null)),
            new Case("no words, sub-programme", new PracticeFilter(null, SubProgramme.SANITATION, null, null, null)),
            new Case("no words, no filter", PracticeFilter.none()));

    private final PracticeService practices;

    PracticeBenchmark(PracticeService practices) {
        this.practices = practices;
    }

    /** Runs every case {@code warmup} times untimed, then {@code iterations} times timed; true when all meet the goal. */
    boolean run(PrintStream out, int warmup, int iterations) {
        for (int w = 0; w < warmup; w++) {
            for (Case c : CASES) {
                page(c);
            }
        }
        boolean allMet = true;
        for (Case c : CASES) {
            double[] ms = new double[iterations];
            long matches = 0;
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                matches = page(c);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            double median = ms[iterations / 2];
            double p95 = ms[(int) Math.ceil(iterations * 0.95) - 1];
            boolean met = p95 <= GOAL_MS;
            allMet &= met;
            out.printf(
                    Locale.ROOT,
                    "Practice search %-45s %6d matches  median %6.1f ms  p95 %6.1f ms  goal <= %.0f ms: %s%n",
                    c.label(),
                    matches,
                    median,
                    p95,
                    GOAL_MS,
                    met ? "met" : "MISSED");
        }
        out.println("Practice search measured on " + ScaleTasks.machine());
        return allMet;
    }

    /** {@link #run} as a signed-in member (the first member of the scale data or the demo). */
    boolean runAsMember(PrintStream out, int warmup, int iterations) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        var member = new org.imc.platform.security.SignedInUser(
                0L, "benchmark", "Benchmark", java.util.Set.of(org.imc.platform.security.Role.MEMBER), null, "", true);
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        member, null, member.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return run(out, warmup, iterations);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private long page(Case c) {
        practices.search(c.filter(), 0, 25);
        return practices.count(c.filter());
    }
}
