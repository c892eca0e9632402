package org.imc.platform.scale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches and sizes for the scale tasks ({@code imc.scale.*}). All switches are off by default.
 *
 * @param generate       fill the database with the scale data set (skipped when it is already there)
 * @param benchmark      measure the directory's page and count queries
 * @param benchmarkTwinning measure the partner finder's ranking
 * @param reportStartup  print the start-up time and nothing else (every scale run prints it)
 * @param exit           stop the application once the requested tasks are done
 * @param municipalities how many municipalities to generate
 * @param users          how many users to generate
 * @param warmup         un-timed rounds over all benchmark cases before any is timed
 * @param iterations     timed iterations per benchmark case
 * @param seed           seed of the random generator, so every run generates the same data
 * @param benchmarkEnrolment enrol many learners into few sessions from many threads at once
 * @param enrolmentThreads   threads enrolling at the same time
 * @param enrolmentSessions  sessions they compete for
 * @param enrolmentCapacity  seats per session
 * @param enrolmentLearners  learners enrolling (each once)
 * @param generateFund   generate the fund's scale data (loans with schedules and ledger entries)
 * @param benchmarkPortfolio measure the fund portfolio's figures
 * @param fundLoans      how many loans to generate
 * @param prepareCrowds  set the stage for the flash-crowd load test (see CrowdPreparation)
 * @param generatePractices  generate the practice library at scale (see PracticeScaleData)
 * @param benchmarkPractices measure the library's search (see PracticeBenchmark)
 * @param practices      how many practices to generate
 */
@ConfigurationProperties("imc.scale")
record ScaleProperties(
        @DefaultValue("false") boolean generate,
        @DefaultValue("false") boolean benchmark,
        @DefaultValue("false") boolean benchmarkTwinning,
        @DefaultValue("false") boolean reportStartup,
        @DefaultValue("false") boolean exit,
        @DefaultValue("50000") int municipalities,
        @DefaultValue("200000") int users,
        @DefaultValue("20") int warmup,
        @DefaultValue("50") int iterations,
        @DefaultValue("20260101") long seed,
        @DefaultValue("false") boolean benchmarkEnrolment,
        @DefaultValue("32") int enrolmentThreads,
        @DefaultValue("4") int enrolmentSessions,
        @DefaultValue("100") int enrolmentCapacity,
        @DefaultValue("4000") int enrolmentLearners,
        @DefaultValue("false") boolean generateFund,
        @DefaultValue("false") boolean benchmarkPortfolio,
        @DefaultValue("100000") int fundLoans,
        @DefaultValue("false") boolean prepareCrowds,
        @DefaultValue("false") boolean generatePractices,
        @DefaultValue("false") boolean benchmarkPractices,
        @DefaultValue("20000") int practices) {}
