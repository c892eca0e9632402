package org.imc.platform.scale;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imc.platform.fund.Portfolio;
import org.imc.platform.fund.PortfolioService;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times {@link PortfolioService#figures()} — every figure of the portfolio page, with its
 * breakdowns by sub-programme, country and delinquency bucket — as a fund officer, around the
 * service call (security, transaction, SQL aggregation, mapping). Prints median and p95.
 */
class PortfolioBenchmark {

    static final double GOAL_MS = 500;

    private final PortfolioService portfolio;
    private final JdbcTemplate jdbc;
    private final ScaleProperties properties;

    static final double DELINQUENCY_GOAL_S = 30;

    private final ApplicationContext context;

    PortfolioBenchmark(
            PortfolioService portfolio, JdbcTemplate jdbc, ScaleProperties properties, ApplicationContext context) {
        this.context = context;
        this.portfolio = portfolio;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    void run(PrintStream out) {
        long loans = jdbc.queryForObject("SELECT COUNT(*) FROM loan", Long.class);
        long instalments = jdbc.queryForObject("SELECT COUNT(*) FROM loan_instalment", Long.class);
        long entries = jdbc.queryForObject("SELECT COUNT(*) FROM fund_ledger_entry", Long.class);
        int warmup = Math.max(3, properties.warmup() / 4);
        int iterations = Math.max(5, properties.iterations() / 2);
        out.printf(
                Locale.ROOT,
                "Portfolio benchmark: %,d loans, %,d instalments, %,d ledger entries; %d warm-up, "
                        + "%d timed calls of PortfolioService.figures(), times in ms [%s]%n",
                loans,
                instalments,
                entries,
                warmup,
                iterations,
                ScaleTasks.machine());
        if (loans < properties.fundLoans()) {
            out.printf(
                    Locale.ROOT,
                    "WARNING: fewer than %,d loans: generate them first (--imc.scale.generate-fund=true)%n",
                    properties.fundLoans());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SignedInUser officer =
                new SignedInUser(null, "benchmark", "Portfolio benchmark", Set.of(Role.FUND_OFFICER), null, null, true);
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            for (int i = 0; i < warmup; i++) {
                portfolio.figures();
            }
            long[] times = new long[iterations];
            Portfolio last = null;
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                last = portfolio.figures();
                times[i] = System.nanoTime() - start;
            }
            double p50 = DirectoryBenchmark.percentile(times, 50);
            double p95 = DirectoryBenchmark.percentile(times, 95);
            out.printf(
                    Locale.ROOT,
                    "Portfolio figures: p50 %.1f ms, p95 %.1f ms; goal p50 <= %.0f ms: %s%n",
                    p50,
                    p95,
                    GOAL_MS,
                    p50 <= GOAL_MS ? "met" : "MISSED");
            out.printf(
                    Locale.ROOT,
                    "  (%,d loans, %,d active; outstanding %s; PAR30 %s %%; revolutions %s; %d sub-programmes, %d countries)%n",
                    last.loans(),
                    last.activeLoans(),
                    last.outstanding().toPlainString(),
                    last.parPercent().toPlainString(),
                    last.revolutions().toPlainString(),
                    last.bySubProgramme().size(),
                    last.byCountry().size());
            // the figures come from the loans' running totals: check them against the ledger itself (not timed)
            Map<String, BigDecimal> ledger = new HashMap<>();
            jdbc.query("SELECT entry_type, SUM(amount) FROM fund_ledger_entry GROUP BY entry_type", rs -> {
                ledger.put(rs.getString(1), rs.getBigDecimal(2));
            });
            boolean same = last.disbursed().compareTo(ledger.getOrDefault("DISBURSEMENT", BigDecimal.ZERO)) == 0
                    && last.repaid().compareTo(ledger.getOrDefault("PRINCIPAL_REPAYMENT", BigDecimal.ZERO)) == 0
                    && last.interest().compareTo(ledger.getOrDefault("INTEREST", BigDecimal.ZERO)) == 0
                    && last.writtenOff().compareTo(ledger.getOrDefault("WRITE_OFF", BigDecimal.ZERO)) == 0;
            out.printf(
                    Locale.ROOT,
                    "  disbursed, repaid, interest and written off equal the ledger's sums by type: %s%n",
                    same ? "yes" : "NO");
        } finally {
            SecurityContextHolder.clearContext();
        }
        timeDelinquencyPass(out);
    }

    /**
     * One full pass of the nightly (and start-up) delinquency job over every loan, twice: the job
     * is package-private in the fund module, so it is reached through the context by name.
     */
    private void timeDelinquencyPass(PrintStream out) {
        try {
            Object job = context.getBean("delinquencyJob");
            Method refresh = AopUtils.getTargetClass(job).getMethod("refresh", LocalDate.class);
            refresh.setAccessible(true);
            Object target = AopProxyUtils.getSingletonTarget(job) == null ? job : AopProxyUtils.getSingletonTarget(job);
            for (int run = 1; run <= 2; run++) {
                long start = System.nanoTime();
                Object loans = refresh.invoke(target, LocalDate.now());
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(
                        Locale.ROOT,
                        "Delinquency pass %d: %,d loans in %.1f s; goal <= %.0f s: %s%n",
                        run,
                        (Integer) loans,
                        seconds,
                        DELINQUENCY_GOAL_S,
                        seconds <= DELINQUENCY_GOAL_S ? "met" : "MISSED");
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
