package org.imc.platform.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour: removes throttle rows that hold nothing any more (no running lock or delay, no
 * attempt for a day, no successful sign-in from the address for 90 days). Deleting what is
 * already gone changes nothing, so a second run, or a run on another node, is harmless.
 */
@Component
class SignInThrottlePurge {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottlePurge.class);

    private final SignInThrottleService throttle;

    SignInThrottlePurge(SignInThrottleService throttle) {
        this.throttle = throttle;
    }

    @Scheduled(cron = "${imc.security.throttle-purge-cron:0 40 * * * *}", zone = "UTC")
    @SchedulerLock(name = "sign-in-throttle-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void purge() {
        int removed = throttle.purge();
        LOG.debug("Removed {} sign-in throttle rows", removed);
    }
}
