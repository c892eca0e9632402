package org.imc.platform.learning;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every hand-written SQL statement of the learning feature. Callers hold whatever lock the
 * statement needs (the waitlist renumbering runs under the session's row lock, see {@link Seats}).
 */
@Component
class LearningQueries {

    private final JdbcTemplate jdbc;

    LearningQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The participants of a session: seated first, then the waitlist in order, then those who
     * left or were turned down; {@code actions} adds what the reader may do to each.
     * <p>
     * Cross-module read of app_user (owned by security): the roster shows each participant's
     * user name, full name and e-mail and sorts by full name in the database, and
     * {@code security.UserService} publishes neither e-mail addresses nor a lookup of many users
     * at once (only {@code summary(id)}, one query per participant).
     */
    List<RosterRow> roster(Long sessionId, Function<RosterRow, Set<EnrolmentAction>> actions) {
        return jdbc.query(
                """
                SELECT e.id, e.version, e.user_id, u.username, u.full_name, u.email, e.status, e.waitlist_position,
                       e.over_enrolled, e.completed_on, e.created_at
                FROM enrolment e JOIN app_user u ON u.id = e.user_id
                WHERE e.session_id = ?
                ORDER BY CASE WHEN e.status = 'WAITLISTED' THEN 1 WHEN e.status IN ('WITHDRAWN', 'REJECTED') THEN 2 ELSE 0 END,
                         e.waitlist_position, u.full_name, e.id""",
                (rs, i) -> {
                    RosterRow row = new RosterRow(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            EnrolmentStatus.valueOf(rs.getString(7)),
                            (Integer) rs.getObject(8),
                            rs.getBoolean(9),
                            rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                            rs.getTimestamp(11) == null
                                    ? null
                                    : rs.getTimestamp(11).toInstant(),
                            Set.of());
                    return row.withAllowedActions(actions.apply(row));
                },
                sessionId);
    }

    /**
     * A learner's enrolments, newest sessions first, with certificate codes; {@code actions}
     * answers from a row's status and its course's trainer what the learner may do.
     */
    List<MyEnrolment> enrolmentsOf(Long learnerUserId, ActionsOf actions) {
        return jdbc.query(
                """
                SELECT e.id, e.version, c.id, c.title, s.id, s.name, s.start_date, s.end_date, e.status,
                       e.waitlist_position, e.over_enrolled, cert.code, c.trainer_id
                FROM enrolment e JOIN course_session s ON s.id = e.session_id JOIN course c ON c.id = s.course_id
                LEFT JOIN certificate cert ON cert.enrolment_id = e.id
                WHERE e.user_id = ?
                ORDER BY s.start_date DESC, e.id DESC""",
                (rs, i) -> {
                    EnrolmentStatus status = EnrolmentStatus.valueOf(rs.getString(9));
                    return new MyEnrolment(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getString(6),
                            rs.getDate(7).toLocalDate(),
                            rs.getDate(8).toLocalDate(),
                            status,
                            (Integer) rs.getObject(10),
                            rs.getBoolean(11),
                            rs.getString(12),
                            actions.of(status, rs.getLong(13)));
                },
                learnerUserId);
    }

    /** What may be done to an enrolment in {@code status} of a course taught by {@code trainerUserId}. */
    @FunctionalInterface
    interface ActionsOf {
        Set<EnrolmentAction> of(EnrolmentStatus status, Long trainerUserId);
    }

    /** Pending enrolments in the courses a trainer teaches. */
    long pendingFor(Long trainerUserId) {
        Long count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM enrolment e JOIN course_session s ON s.id = e.session_id
                JOIN course c ON c.id = s.course_id WHERE c.trainer_id = ? AND e.status = 'PENDING'""", Long.class, trainerUserId);
        return count == null ? 0 : count;
    }

    /**
     * Waitlist positions above {@code after} move up by {@code by}, in ascending order so no two
     * rows ever share one. Runs under the session's row lock.
     */
    void closeWaitlistGap(Long sessionId, int after, int by) {
        jdbc.update(
                "UPDATE enrolment SET waitlist_position = waitlist_position - ?, version = version + 1, "
                        + "updated_at = CURRENT_TIMESTAMP(6) WHERE session_id = ? AND waitlist_position > ? "
                        + "ORDER BY waitlist_position",
                by,
                sessionId,
                after);
    }

    // ---------------------------------------------------------------- course content and progress

    /**
     * The signed-in learner's enrolment that gives access to a course's modules: an ENROLLED one
     * first, else a COMPLETED one (to read again), else none.
     */
    java.util.Optional<Long> accessEnrolment(Long courseId, Long learnerUserId) {
        return jdbc.queryForList("""
                        SELECT e.id FROM enrolment e JOIN course_session s ON s.id = e.session_id
                        WHERE s.course_id = ? AND e.user_id = ? AND e.status IN ('ENROLLED', 'COMPLETED')
                        ORDER BY CASE WHEN e.status = 'ENROLLED' THEN 0 ELSE 1 END, e.id DESC LIMIT 1""", Long.class, courseId, learnerUserId).stream()
                .findFirst();
    }

    /** The learner was active in the course now (reading, answering): the reminder clock restarts. */
    void touch(Long enrolmentId, java.time.Instant now) {
        jdbc.update(
                "UPDATE enrolment SET last_activity_at = ? WHERE id = ?", java.sql.Timestamp.from(now), enrolmentId);
    }

    /** The modules of the course this enrolment has done. */
    Set<Long> doneModules(Long enrolmentId) {
        return new java.util.HashSet<>(jdbc.queryForList(
                "SELECT module_id FROM module_progress WHERE enrolment_id = ?", Long.class, enrolmentId));
    }

    /** Marks a module done for an enrolment; false when it already was. */
    boolean markDone(Long enrolmentId, Long moduleId, java.time.Instant now) {
        return jdbc.update(
                        "INSERT IGNORE INTO module_progress (enrolment_id, module_id, done_at) VALUES (?, ?, ?)",
                        enrolmentId,
                        moduleId,
                        java.sql.Timestamp.from(now))
                == 1;
    }

    int attemptsUsed(Long enrolmentId, Long moduleId) {
        Integer used = jdbc.queryForObject(
                "SELECT COUNT(*) FROM quiz_attempt WHERE enrolment_id = ? AND module_id = ?",
                Integer.class,
                enrolmentId,
                moduleId);
        return used == null ? 0 : used;
    }

    /** Records an attempt; the unique key (enrolment, module, attempt number) refuses a second one with the same number. */
    void recordAttempt(
            Long enrolmentId,
            Long moduleId,
            int attemptNo,
            int correct,
            int total,
            int scorePercent,
            boolean passed,
            String answers,
            java.time.Instant now) {
        jdbc.update(
                "INSERT INTO quiz_attempt (enrolment_id, module_id, attempt_no, correct, total, score_percent, passed, "
                        + "answers, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                enrolmentId,
                moduleId,
                attemptNo,
                correct,
                total,
                scorePercent,
                passed,
                answers,
                java.sql.Timestamp.from(now));
    }

    /** Per enrolment of a session, how many of its course's modules are done. */
    java.util.Map<Long, Integer> doneCounts(Long sessionId) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.query(
                """
                SELECT e.id, COUNT(p.module_id) FROM enrolment e LEFT JOIN module_progress p ON p.enrolment_id = e.id
                WHERE e.session_id = ? GROUP BY e.id""",
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                },
                sessionId);
        return counts;
    }

    /** Whether any learner has progress or attempts on a module (it cannot be removed then). */
    boolean moduleInUse(Long moduleId) {
        Long used = jdbc.queryForObject(
                "SELECT (SELECT COUNT(*) FROM module_progress WHERE module_id = ?) "
                        + "+ (SELECT COUNT(*) FROM quiz_attempt WHERE module_id = ?)",
                Long.class,
                moduleId,
                moduleId);
        return used != null && used > 0;
    }

    /** The modules after {@code position} move up one, in ascending order so no two share a position. */
    void closeModuleGap(Long courseId, int position) {
        jdbc.update(
                "UPDATE course_module SET position = position - 1, version = version + 1 WHERE course_id = ? "
                        + "AND position > ? ORDER BY position",
                courseId,
                position);
    }

    /** Writes a material's bytes to {@code out} straight from the result set, one file at a time. */
    void copyMaterial(Long materialId, java.io.OutputStream out) {
        jdbc.query(
                "SELECT content FROM module_material WHERE id = ?",
                rs -> {
                    try (java.io.InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                materialId);
    }

    /** The users who hold a seat in a session (enrolled or awaiting approval): whom a trainer's message reaches. */
    List<Long> seatedLearners(Long sessionId) {
        return jdbc.queryForList(
                "SELECT user_id FROM enrolment WHERE session_id = ? AND status IN ('ENROLLED', 'PENDING') ORDER BY id",
                Long.class,
                sessionId);
    }

    // ---------------------------------------------------------------- reminders and announcements

    /** An enrolment to remind: whose, in which course. */
    record Inactive(Long enrolmentId, Long learnerUserId, Long courseId, String courseTitle) {}

    /**
     * ENROLLED learners of running sessions (started, not ended) of courses with modules whose last
     * activity (or, without any, their enrolment) is before {@code cutoff}, and who were not
     * reminded since that activity.
     */
    List<Inactive> inactive(java.time.Instant cutoff, java.time.LocalDate today) {
        return jdbc.query(
                """
                SELECT e.id, e.user_id, c.id, c.title
                FROM enrolment e JOIN course_session s ON s.id = e.session_id JOIN course c ON c.id = s.course_id
                WHERE e.status = 'ENROLLED' AND s.start_date <= ? AND s.end_date >= ?
                  AND COALESCE(e.last_activity_at, e.created_at) < ?
                  AND (e.reminded_at IS NULL OR e.reminded_at < COALESCE(e.last_activity_at, e.created_at))
                  AND EXISTS (SELECT 1 FROM course_module m WHERE m.course_id = c.id)
                ORDER BY e.id""",
                (rs, i) -> new Inactive(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)),
                java.sql.Date.valueOf(today),
                java.sql.Date.valueOf(today),
                java.sql.Timestamp.from(cutoff));
    }

    /**
     * Claims the reminder of one enrolment: true for exactly one caller, however many nodes run
     * the job at once (the condition is checked again by the row-locking update).
     */
    boolean claimReminder(Long enrolmentId, java.time.Instant now) {
        return jdbc.update(
                        "UPDATE enrolment SET reminded_at = ? WHERE id = ? AND status = 'ENROLLED' "
                                + "AND (reminded_at IS NULL OR reminded_at < COALESCE(last_activity_at, created_at))",
                        java.sql.Timestamp.from(now),
                        enrolmentId)
                == 1;
    }

    /** A session whose enrolment opened and was not announced yet. */
    record Opening(Long sessionId, String sessionName, Long courseId, String courseTitle, Long prerequisiteId) {}

    /** Sessions whose enrolment opened between {@code from} and {@code today} and that were not announced. */
    List<Opening> openings(java.time.LocalDate from, java.time.LocalDate today) {
        return jdbc.query(
                """
                SELECT s.id, s.name, c.id, c.title, c.prerequisite_id
                FROM course_session s JOIN course c ON c.id = s.course_id
                WHERE s.opening_announced_at IS NULL AND s.enrolment_opens BETWEEN ? AND ? AND s.enrolment_closes >= ?
                ORDER BY s.id""",
                (rs, i) -> new Opening(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), (Long) rs.getObject(5)),
                java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(today),
                java.sql.Date.valueOf(today));
    }

    /** Claims the announcement of a session's opening: true for exactly one caller. */
    boolean claimOpening(Long sessionId, java.time.Instant now) {
        return jdbc.update(
                        "UPDATE course_session SET opening_announced_at = ? WHERE id = ? AND opening_announced_at IS NULL",
                        java.sql.Timestamp.from(now),
                        sessionId)
                == 1;
    }

    /**
     * Who hears that a course's enrolment opened: learners who completed its prerequisite (the
     * next step for them), and learners who left its other sessions or their waitlists; never
     * anyone with a place in one of its sessions already.
     */
    List<Long> interestedIn(Long courseId, Long prerequisiteId) {
        return jdbc.queryForList("""
                SELECT DISTINCT e.user_id FROM enrolment e JOIN course_session s ON s.id = e.session_id
                WHERE ((s.course_id = ? AND e.status = 'COMPLETED') OR (s.course_id = ? AND e.status = 'WITHDRAWN'))
                  AND NOT EXISTS (SELECT 1 FROM enrolment o JOIN course_session os ON os.id = o.session_id
                                  WHERE os.course_id = ? AND o.user_id = e.user_id AND o.status <> 'WITHDRAWN')
                ORDER BY e.user_id""", Long.class, prerequisiteId == null ? -1L : prerequisiteId, courseId, courseId);
    }
}
