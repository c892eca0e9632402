package org.imc.platform.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change feed against MariaDB: a row exists exactly when its change was committed, a node's
 * reader tells each committed row once, and a row committed after a higher one (ids are given
 * out at insert, visible at commit) is not lost. Each test reads with a reader of its own, so
 * the node's scheduled reader cannot take the rows away from it.
 */
class ChangeFeedTest extends IntegrationTest {

    private static final String PREFIX = "test-feed:";

    @Autowired
    ChangeFeed feed;

    @Autowired
    ChangeFeedQueries queries;

    @Autowired
    ChangeFeedPurge purge;

    @Autowired
    LiveUpdates live;

    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate transactions;
    private ChangeFeedReader reader;

    @BeforeEach
    void ownReader() {
        transactions = new TransactionTemplate(transactionManager);
        reader = new ChangeFeedReader(queries, live);
        assertThat(reader.read()).as("the first read only places the cursor").isEmpty();
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM change_event WHERE topic LIKE ?", PREFIX + "%");
    }

    private static Topic topic(String name) {
        return new Topic(PREFIX + name);
    }

    @Test
    void aCommittedChangeIsToldOnceAndARolledBackOneNever() {
        transactions.executeWithoutResult(s -> feed.changed(topic("a"), topic("b"), topic("a")));
        transactions.executeWithoutResult(s -> {
            feed.changed(topic("rolled-back"));
            s.setRollbackOnly();
        });

        assertThat(reader.read()).containsExactly(topic("a"), topic("b"));
        assertThat(reader.read()).as("nothing is told twice").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_event WHERE topic = ?", Long.class, PREFIX + "a"))
                .as("one row per topic and change")
                .isEqualTo(1);
    }

    @Test
    void aReaderStartedLaterDoesNotReplayWhatWasBefore() {
        transactions.executeWithoutResult(s -> feed.changed(topic("old")));
        ChangeFeedReader restarted = new ChangeFeedReader(queries, live);
        assertThat(restarted.read()).isEmpty();
        transactions.executeWithoutResult(s -> feed.changed(topic("new")));
        assertThat(restarted.read()).containsExactly(topic("new"));
    }

    @Test
    void aLowerIdCommittedAfterAHigherOneIsStillTold() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
            feed.changed(topic("slow"));
            inserted.countDown();
            try {
                commit.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
        transactions.executeWithoutResult(s -> feed.changed(topic("fast")));

        assertThat(reader.read()).as("the faster, higher id first").containsExactly(topic("fast"));
        commit.countDown();
        slow.get(10, TimeUnit.SECONDS);
        assertThat(reader.read()).as("the gap is filled once committed").containsExactly(topic("slow"));
        assertThat(reader.read()).isEmpty();
    }

    @Test
    void rowsOlderThanADayArePurged() {
        transactions.executeWithoutResult(s -> feed.changed(topic("kept")));
        jdbc.update(
                "INSERT INTO change_event (topic, created_at) VALUES (?, ?)",
                PREFIX + "old",
                Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)));

        assertThat(purge.purgeNow()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("SELECT topic FROM change_event WHERE topic LIKE ?", String.class, PREFIX + "%"))
                .containsExactly(PREFIX + "kept");
    }
}
