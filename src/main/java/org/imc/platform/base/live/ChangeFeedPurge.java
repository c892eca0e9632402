package org.imc.platform.base.live;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour: removes change-feed rows older than a day. Every node reads the feed within a
 * second, so a day is far beyond what any reader still needs; deleting twice changes nothing.
 */
@Component
class ChangeFeedPurge {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedPurge.class);
    static final Duration KEEP = Duration.ofDays(1);

    private final ChangeFeedQueries queries;
    private final Clock clock;

    ChangeFeedPurge(ChangeFeedQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Scheduled(cron = "${imc.live.purge-cron:0 50 * * * *}", zone = "UTC")
    @SchedulerLock(name = "change-feed-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void purge() {
        LOG.debug("Removed {} change-feed rows", purgeNow());
    }

    int purgeNow() {
        return queries.deleteBefore(clock.instant().minus(KEEP));
    }
}
