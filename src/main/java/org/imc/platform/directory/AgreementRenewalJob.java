package org.imc.platform.directory;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: the liaisons of agreements ending within the renewal window are told (once per
 * agreement and end date; see {@link AgreementService#notifyRenewalsDue}).
 */
@Component
class AgreementRenewalJob {

    private static final Logger LOG = LoggerFactory.getLogger(AgreementRenewalJob.class);

    private final AgreementService agreements;
    private final Clock clock;

    AgreementRenewalJob(AgreementService agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @Scheduled(cron = "${imc.directory.renewal-cron:0 30 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "agreement-renewals", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void daily() {
        int notified = agreements.notifyRenewalsDue(LocalDate.now(clock));
        if (notified > 0) {
            LOG.info("Agreement renewals: {} liaisons notified", notified);
        }
    }
}
