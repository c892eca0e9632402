package org.imc.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Capacity holds under contention: 200 learners press "Enrol" at the same moment for a 30-seat
 * session on MariaDB.
 */
class EnrolmentRaceTest extends LearningTestSupport {

    @Autowired
    DataSource dataSource;

    static final int LEARNERS = 200;
    static final int SEATS = 30;

    @Test
    void simultaneousEnrolmentsNeverExceedTheCapacityAndQueueTheRestWithoutGaps() throws Exception {
        CourseSession session = newSession("trainer", newCourse("trainer", null), SEATS, false);
        List<String> users = newUsers(LEARNERS);
        CountDownLatch ready = new CountDownLatch(LEARNERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Enrolment>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(LEARNERS)) {
            for (String user : users) {
                results.add(pool.submit(() -> callAs(user, () -> {
                    ready.countDown();
                    go.await();
                    return enrolments.enrol(session.getId());
                })));
            }
            ready.await();
            go.countDown();
            for (Future<Enrolment> f : results) {
                f.get();
            }
        }
        assertThat(countStatus(session.getId(), EnrolmentStatus.ENROLLED)).isEqualTo(SEATS);
        assertThat(countStatus(session.getId(), EnrolmentStatus.WAITLISTED)).isEqualTo(LEARNERS - SEATS);
        List<Integer> positions = jdbc.queryForList(
                "select waitlist_position from enrolment where session_id = ? "
                        + "and status = 'WAITLISTED' order by waitlist_position",
                Integer.class,
                session.getId());
        assertThat(positions)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, LEARNERS - SEATS).boxed().toList());
        assertThat(jdbc.queryForObject(
                        "select count(*) from enrolment where session_id = ? and status = 'ENROLLED' "
                                + "and waitlist_position is not null",
                        Long.class,
                        session.getId()))
                .isZero();
        // what each learner was told matches what was stored
        long seatedAnswers = results.stream()
                .map(f -> f.resultNow().getStatus())
                .filter(s -> s == EnrolmentStatus.ENROLLED)
                .count();
        assertThat(seatedAnswers).isEqualTo(SEATS);
    }

    /**
     * A crowd on one session waits for its turn without holding pooled connections, so it cannot
     * starve every other page: while 60 learners enrol at once, at most a few connections are in
     * use (the one whose turn it is, and a background job's). Without the admission each of them
     * would hold a connection while waiting for the session's row lock and fill the pool.
     */
    @Test
    void aCrowdOnOneSessionWaitsForItsTurnWithoutHoldingConnections() throws Exception {
        int crowd = 60;
        CourseSession session = newSession("trainer", newCourse("trainer", null), SEATS, false);
        List<String> users = newUsers(crowd);
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        CountDownLatch ready = new CountDownLatch(crowd);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger mostInUse = new AtomicInteger();
        AtomicBoolean crowdDone = new AtomicBoolean();
        List<Future<Enrolment>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(crowd + 1)) {
            for (String user : users) {
                results.add(threads.submit(() -> callAs(user, () -> {
                    ready.countDown();
                    go.await();
                    return enrolments.enrol(session.getId());
                })));
            }
            ready.await(); // every learner signed in (their accounts read): only the enrolments remain
            Future<?> sampler = threads.submit(() -> {
                while (!crowdDone.get()) {
                    mostInUse.accumulateAndGet(pool.getActiveConnections(), Math::max);
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
            });
            go.countDown();
            for (Future<Enrolment> f : results) {
                f.get();
            }
            crowdDone.set(true);
            sampler.get();
        }
        assertThat(countStatus(session.getId(), EnrolmentStatus.ENROLLED)).isEqualTo(SEATS);
        assertThat(countStatus(session.getId(), EnrolmentStatus.WAITLISTED)).isEqualTo(crowd - SEATS);
        assertThat(mostInUse.get())
                .as(
                        "pooled connections in use at once while %d learners enrol in one session (pool of %d)",
                        crowd, pool.getTotalConnections())
                .isLessThanOrEqualTo(3);
    }
}
