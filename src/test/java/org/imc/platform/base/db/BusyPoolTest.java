package org.imc.platform.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pool whose connections are all in use is busy, not broken: a request waits past the pool's
 * own time-out (3 s, which stays short so that a database that is really away is recognised
 * quickly, see DatabaseOutageTest) and gets its connection; only when the whole patience runs out
 * does it fail, and then as "busy", never as the outage.
 */
class BusyPoolTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aRequestWaitsForABusyPoolBeyondThePoolTimeOutAndIsServed() throws Exception {
        assertThat(dataSource).isInstanceOf(PatientDataSource.class);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long timeout = pool.getConnectionTimeout();
        long waitsBefore = ((PatientDataSource) dataSource).busyWaits();

        List<Connection> held = takeAll(pool);
        try {
            CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
                long started = System.nanoTime();
                try (Connection c = dataSource.getConnection()) {
                    assertThat(c.isValid(2)).isTrue();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return (System.nanoTime() - started) / 1_000_000;
            });
            // hold every connection a little longer than one pool time-out
            Thread.sleep(timeout + 1_000);
            assertThat(waited).as("still waiting, not failed").isNotDone();
            release(held);
            assertThat(waited.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(timeout);
        } finally {
            release(held);
        }
        assertThat(((PatientDataSource) dataSource).busyWaits()).isGreaterThan(waitsBefore);
    }

    @Test
    void whenThePatienceRunsOutTheFailureReadsBusyNotOutage() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        PatientDataSource impatient = new PatientDataSource(pool, Duration.ofMillis(500));
        List<Connection> held = takeAll(pool);
        try {
            Throwable failure = catchThrowable(impatient::getConnection);
            assertThat(failure).isInstanceOf(PatientDataSource.DatabaseBusyException.class);
            assertThat(DatabaseOutage.isBusy(failure)).isTrue();
            assertThat(DatabaseOutage.isCause(failure))
                    .as("not the outage message")
                    .isFalse();
        } finally {
            release(held);
        }
    }

    private static List<Connection> takeAll(HikariDataSource pool) throws Exception {
        List<Connection> held = new ArrayList<>();
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            held.add(pool.getConnection());
        }
        return held;
    }

    private static void release(List<Connection> held) throws Exception {
        for (Connection c : held) {
            c.close();
        }
        held.clear();
    }
}
