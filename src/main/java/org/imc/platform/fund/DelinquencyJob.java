package org.imc.platform.fund;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night: days past due (and so the delinquency bucket) of every loan as of today. The
 * result depends only on the date, the schedules and the repayments, so a second run gives the
 * same figures; ShedLock keeps several application nodes from running it at the same time.
 */
@Component
class DelinquencyJob {

    private static final Logger LOG = LoggerFactory.getLogger(DelinquencyJob.class);

    /** Loan ids per transaction: about 30 instalments each, so some 60,000 instalment rows. */
    static final int BATCH = 2_000;

    private final FundLedger ledger;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DelinquencyJob(FundLedger ledger, AuditService audit, Clock clock, PlatformTransactionManager transactionManager) {
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${imc.fund.delinquency-cron:0 15 1 * * *}", zone = "UTC")
    @SchedulerLock(name = "fund-delinquency", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void nightly() {
        refresh(LocalDate.now(clock));
    }

    /**
     * At start-up: loans entered without a schedule (the demo data) get theirs, and days past due
     * are brought up to date unless a node already did so today. Safe when several nodes start
     * together; a failure is logged and does not stop the start.
     */
    @EventListener(ApplicationReadyEvent.class)
    void whenReady() {
        // on its own thread: a node is ready to serve while the pass runs (minutes before with
        // 100,000 loans); until it ends, the figures are those of the last run
        Thread.ofPlatform().name("delinquency-at-start-up").daemon().start(this::atStartup);
    }

    public void atStartup() {
        for (FundLedger.LoanTerms terms : ledger.loansWithoutSchedule()) {
            try {
                ledger.saveSchedule(
                        terms.id(),
                        AmortisationSchedule.compute(
                                terms.principal(),
                                terms.annualRate(),
                                terms.termMonths(),
                                terms.graceMonths(),
                                terms.startDate()));
            } catch (DuplicateKeyException another) {
                LOG.debug("Schedule of loan {} written by another node", terms.id());
            }
        }
        LocalDate today = LocalDate.now(clock);
        try {
            if (!ledger.delinquencyCurrent(today)) {
                refresh(today);
            }
        } catch (RuntimeException e) {
            // a node must start even when this takes too long (100,000s of loans on a busy
            // database): the figures stay as of the last run until the nightly run
            LOG.warn("Days past due not brought up to date at start-up ({}); the nightly run will", e.toString());
        }
    }

    /**
     * Days past due of every loan as of {@code asOf}, in batches of {@value #BATCH} loan ids, each
     * in a short transaction of its own (no lock on every loan for the whole pass, and an
     * interrupted pass leaves the loans it reached current), then its audit row. The transactions
     * are opened here rather than by {@code @Transactional}: the callers in this class
     * ({@link #nightly()}, {@link #atStartup()}) would bypass the proxy.
     */
    public int refresh(LocalDate asOf) {
        long started = System.nanoTime();
        long maxId = ledger.maxLoanId();
        int loans = 0;
        for (long after = 0; after < maxId; after += BATCH) {
            long from = after;
            Integer updated = transaction.execute(status -> ledger.refreshDelinquency(asOf, from, from + BATCH));
            loans += updated == null ? 0 : updated;
        }
        int total = loans;
        transaction.executeWithoutResult(status -> audit.recordAs(
                AuditService.SYSTEM,
                "DELINQUENCY",
                LoanService.ENTITY,
                null,
                null,
                Snapshot.of("asOf", asOf, "loans", total)));
        LOG.info(
                "Delinquency as of {}: {} loans updated in {} ms",
                asOf,
                total,
                (System.nanoTime() - started) / 1_000_000);
        return total;
    }
}
