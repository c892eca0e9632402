package org.imc.platform.base.live;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where features say that something changed, in the transaction of the change: a row per topic
 * in {@code change_event}, committed with the change or not at all. Every node reads the feed
 * ({@link ChangeFeedReader}) and tells the screens that follow the topic ({@link LiveUpdates}).
 */
@Component
public class ChangeFeed {

    private final ChangeFeedQueries queries;
    private final Clock clock;

    ChangeFeed(ChangeFeedQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Records that the topics changed; joins the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void changed(Topic... topics) {
        changed(List.of(topics));
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void changed(List<Topic> topics) {
        Set<String> names = new LinkedHashSet<>();
        topics.forEach(t -> names.add(t.name()));
        var now = clock.instant();
        names.forEach(name -> queries.insert(name, now));
    }
}
