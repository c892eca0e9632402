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
}
