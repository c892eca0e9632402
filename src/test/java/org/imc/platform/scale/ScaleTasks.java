package org.imc.platform.scale;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the requested scale tasks once the application is ready: reports the start-up time, then
 * generates, then benchmarks, and finally exits if asked to (exit code 1 when a task failed).
 */
class ScaleTasks implements ApplicationListener<ApplicationReadyEvent> {

    static final Duration STARTUP_GOAL = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(ScaleTasks.class);

    private final ScaleProperties properties;
    private final ScaleDataGenerator generator;
    private final DirectoryBenchmark benchmark;
    private final EnrolmentBenchmark enrolmentBenchmark;
    private final TwinningBenchmark twinningBenchmark;
    private final FundScaleData fundData;
    private final PortfolioBenchmark portfolioBenchmark;
    private final CrowdPreparation crowds;
    private final PracticeScaleData practiceData;
    private final PracticeBenchmark practiceBenchmark;
    private final ConfigurableApplicationContext context;
    private final PrintStream out = System.out;

    ScaleTasks(
            ScaleProperties properties,
            ScaleDataGenerator generator,
            DirectoryBenchmark benchmark,
            EnrolmentBenchmark enrolmentBenchmark,
            TwinningBenchmark twinningBenchmark,
            FundScaleData fundData,
            PortfolioBenchmark portfolioBenchmark,
            CrowdPreparation crowds,
            PracticeScaleData practiceData,
            PracticeBenchmark practiceBenchmark,
            ConfigurableApplicationContext context) {
        this.practiceData = practiceData;
        this.practiceBenchmark = practiceBenchmark;
        this.properties = properties;
        this.generator = generator;
        this.benchmark = benchmark;
        this.enrolmentBenchmark = enrolmentBenchmark;
        this.twinningBenchmark = twinningBenchmark;
        this.fundData = fundData;
        this.portfolioBenchmark = portfolioBenchmark;
        this.crowds = crowds;
        this.context = context;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() != context) {
            return;
        }
        // measured first, so neither generating nor benchmarking counts as start-up
        Duration sinceJvmStart =
                Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        Duration springStart = event.getTimeTaken();
        int exitCode = 0;
        try {
            if (properties.generate()) {
                generator.generate();
            }
            if (properties.generateFund()) {
                fundData.generate(out);
            }
            if (properties.benchmark()) {
                benchmark.run(out);
            }
            if (properties.benchmarkTwinning()) {
                twinningBenchmark.run(out);
            }
            if (properties.benchmarkEnrolment()) {
                enrolmentBenchmark.run(out);
            }
            if (properties.benchmarkPortfolio()) {
                portfolioBenchmark.run(out);
            }
            if (properties.generatePractices()) {
                practiceData.generate(properties.practices(), properties.seed(), out);
            }
            if (properties.benchmarkPractices()) {
                practiceBenchmark.runAsMember(out, properties.warmup(), properties.iterations());
            }
            if (properties.prepareCrowds()) {
                crowds.prepare(out);
            }
            reportStartup(sinceJvmStart, springStart);
        } catch (RuntimeException e) {
            LOG.error("Scale task failed", e);
            exitCode = 1;
        }
        if (properties.exit()) {
            int code = exitCode;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    private void reportStartup(Duration sinceJvmStart, Duration springStart) {
        out.printf(
                Locale.ROOT,
                "Start-up time: %.2f s from JVM start to application ready "
                        + "(Spring Boot: %.2f s); goal <= %d s: %s [%s]%n",
                seconds(sinceJvmStart),
                seconds(springStart),
                STARTUP_GOAL.toSeconds(),
                sinceJvmStart.compareTo(STARTUP_GOAL) <= 0 ? "met" : "MISSED",
                machine());
    }

    /** The machine the figures were taken on: timings mean little without it. */
    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        return String.format(
                Locale.ROOT,
                "%d CPUs, load average %s",
                os.getAvailableProcessors(),
                load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
