package org.imc.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Capacity holds under contention: 200 learners press "Enrol" at the same moment for a 30-seat
 * session on MariaDB.
 */
class EnrolmentRaceTest extends LearningTestSupport {

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
}
