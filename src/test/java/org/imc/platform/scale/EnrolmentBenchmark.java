package org.imc.platform.scale;

import java.io.PrintStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.imc.platform.learning.EnrolmentService;
import org.imc.platform.learning.EnrolmentStatus;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Enrolment under contention: many threads enrol distinct learners into a few sessions at once,
 * through {@link EnrolmentService#enrol} (security check, row lock, counting, insert, audit).
 * Prints enrolments per second and the latency median / 95th / 99th percentile, then checks that
 * no session exceeds its capacity and every waitlist is numbered 1..N. The benchmark course,
 * sessions and learners are removed again afterwards.
 */
class EnrolmentBenchmark {

    private final EnrolmentService enrolments;
    private final JdbcTemplate jdbc;
    private final ScaleProperties properties;

    EnrolmentBenchmark(EnrolmentService enrolments, JdbcTemplate jdbc, ScaleProperties properties) {
        this.enrolments = enrolments;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    void run(PrintStream out) {
        int threads = properties.enrolmentThreads();
        int sessionCount = properties.enrolmentSessions();
        int capacity = properties.enrolmentCapacity();
        int learners = properties.enrolmentLearners();
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        out.printf(
                Locale.ROOT,
                "Enrolment benchmark: %,d learners, %d threads, %d sessions of %d seats [%s]%n",
                learners,
                threads,
                sessionCount,
                capacity,
                ScaleTasks.machine());
        Long courseId = createCourse(run);
        try {
            List<Long> warmupSessions = createSessions(courseId, run + "-warmup", sessionCount, capacity);
            List<Long> sessions = createSessions(courseId, run, sessionCount, capacity);
            List<SignedInUser> warmupUsers = createUsers("w" + run, Math.min(learners, 500));
            List<SignedInUser> users = createUsers("t" + run, learners);
            enrolAll(warmupUsers, warmupSessions, threads);
            long start = System.nanoTime();
            long[] latencies = enrolAll(users, sessions, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            out.printf(
                    Locale.ROOT,
                    "%,d enrolments in %.2f s: %,.0f enrolments/s; latency p50 %.1f ms, p95 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms%n",
                    latencies.length,
                    seconds,
                    latencies.length / seconds,
                    ms(percentile(latencies, 50)),
                    ms(percentile(latencies, 95)),
                    ms(percentile(latencies, 99)),
                    ms(latencies[latencies.length - 1]));
            for (Long session : sessions) {
                check(session, capacity, out);
            }
        } finally {
            cleanUp(courseId, run);
        }
    }

    private long[] enrolAll(List<SignedInUser> users, List<Long> sessions, int threads) {
        long[] latencies = new long[users.size()];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    go.await();
                    for (int i = next.getAndIncrement(); i < users.size(); i = next.getAndIncrement()) {
                        SignedInUser user = users.get(i);
                        SecurityContext context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                        SecurityContextHolder.setContext(context);
                        try {
                            long begin = System.nanoTime();
                            enrolments.enrol(sessions.get(i % sessions.size()));
                            latencies[i] = System.nanoTime() - begin;
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("enrolment benchmark failed", e);
        }
        return latencies;
    }

    private void check(Long session, int capacity, PrintStream out) {
        long seated = jdbc.queryForObject(
                "SELECT COUNT(*) FROM enrolment WHERE session_id = ? AND status = ?",
                Long.class,
                session,
                EnrolmentStatus.ENROLLED.name());
        List<Integer> positions = jdbc.queryForList(
                "SELECT waitlist_position FROM enrolment WHERE session_id = ? "
                        + "AND status = 'WAITLISTED' ORDER BY waitlist_position",
                Integer.class,
                session);
        boolean contiguous = true;
        for (int i = 0; i < positions.size(); i++) {
            contiguous &= positions.get(i) == i + 1;
        }
        boolean ok = seated == capacity && contiguous;
        out.printf(
                Locale.ROOT,
                "session %d: %d enrolled (capacity %d), waitlist 1..%d %s: %s%n",
                session,
                seated,
                capacity,
                positions.size(),
                contiguous ? "contiguous" : "WITH GAPS",
                ok ? "ok" : "FAILED");
        if (!ok) {
            throw new IllegalStateException("capacity or waitlist broken in session " + session);
        }
    }

    private Long createCourse(String run) {
        jdbc.update(
                "INSERT INTO course (title, sub_programme, language, format, trainer_id, duration_hours) "
                        + "SELECT ?, 'ICT_DISTANCE_LEARNING', 'ENGLISH', 'LIVE_ONLINE', id, 1 FROM app_user "
                        + "WHERE username = 'trainer' OR id = (SELECT MIN(id) FROM app_user) ORDER BY username = 'trainer' DESC LIMIT 1",
                "Benchmark " + run);
        return jdbc.queryForObject("SELECT id FROM course WHERE title = ?", Long.class, "Benchmark " + run);
    }

    private List<Long> createSessions(Long courseId, String name, int count, int capacity) {
        LocalDate today = LocalDate.now();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            jdbc.update(
                    "INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, "
                            + "enrolment_closes, approval_required) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)",
                    courseId,
                    name + "-" + i,
                    Date.valueOf(today),
                    Date.valueOf(today.plusDays(7)),
                    capacity,
                    Date.valueOf(today.minusDays(1)),
                    Date.valueOf(today.plusDays(1)));
            ids.add(jdbc.queryForObject(
                    "SELECT id FROM course_session WHERE course_id = ? AND name = ?",
                    Long.class,
                    courseId,
                    name + "-" + i));
        }
        return ids;
    }

    private List<SignedInUser> createUsers(String prefix, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = prefix + "-" + i;
            rows.add(new Object[] {username, "Benchmark learner " + i, username + "@bench.example"});
        }
        jdbc.batchUpdate(
                "INSERT INTO app_user (username, full_name, email, password_hash, enabled) "
                        + "VALUES (?, ?, ?, '{noop}unused', FALSE)",
                rows);
        return jdbc.query(
                "SELECT id, username, full_name FROM app_user WHERE username LIKE ? ORDER BY id",
                (rs, i) -> new SignedInUser(
                        rs.getLong(1), rs.getString(2), rs.getString(3), Set.of(Role.MEMBER), null, null, true),
                prefix + "-%");
    }

    private void cleanUp(Long courseId, String run) {
        jdbc.update(
                "DELETE e FROM enrolment e JOIN course_session s ON s.id = e.session_id WHERE s.course_id = ?",
                courseId);
        jdbc.update("DELETE FROM course_session WHERE course_id = ?", courseId);
        jdbc.update("DELETE FROM course WHERE id = ?", courseId);
        jdbc.update(
                "DELETE FROM app_user WHERE username LIKE ? OR username LIKE ?", "w" + run + "-%", "t" + run + "-%");
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
