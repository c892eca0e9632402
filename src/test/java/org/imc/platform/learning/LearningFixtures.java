package org.imc.platform.learning;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Learning rows written straight to the database for tests that need a given state (a full
 * session, a pending learner) without going through the services, and their removal.
 */
public final class LearningFixtures {

    private LearningFixtures() {}

    /** A course taught by {@code trainer} with one session open for enrolment today; the session's id. */
    public static long courseWithSession(
            JdbcTemplate jdbc, String trainer, String sessionName, int capacity, boolean approval) {
        String title = "View test " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into course (title, sub_programme, language, format, trainer_id, duration_hours) "
                        + "select ?, 'SANITATION', 'ENGLISH', 'LIVE_ONLINE', id, 6 from app_user where username = ?",
                title,
                trainer);
        Long courseId = jdbc.queryForObject("select id from course where title = ?", Long.class, title);
        jdbc.update(
                "insert into course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, "
                        + "enrolment_closes, approval_required) values (?, ?, ?, ?, ?, ?, ?, ?)",
                courseId,
                sessionName,
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(20),
                capacity,
                LocalDate.now().minusDays(5),
                LocalDate.now().plusDays(5),
                approval);
        return jdbc.queryForObject("select id from course_session where course_id = ?", Long.class, courseId);
    }

    public static long courseOf(JdbcTemplate jdbc, long sessionId) {
        return jdbc.queryForObject("select course_id from course_session where id = ?", Long.class, sessionId);
    }

    /** An enrolment of {@code username} in a session, in the given status. */
    public static void seat(JdbcTemplate jdbc, long sessionId, String username, String status, Integer position) {
        jdbc.update(
                "insert into enrolment (session_id, user_id, status, waitlist_position) select ?, id, ?, ? "
                        + "from app_user where username = ?",
                sessionId,
                status,
                position,
                username);
    }

    /** A course with its sessions, enrolments and certificates. */
    public static void removeCourse(JdbcTemplate jdbc, long courseId) {
        for (String table : new String[] {"module_progress", "quiz_attempt"}) {
            jdbc.update(
                    "delete p from " + table + " p join course_module m on m.id = p.module_id where m.course_id = ?",
                    courseId);
        }
        jdbc.update(
                "delete q from quiz_question q join course_module m on m.id = q.module_id where m.course_id = ?",
                courseId);
        jdbc.update(
                "delete x from module_material x join course_module m on m.id = x.module_id where m.course_id = ?",
                courseId);
        jdbc.update("delete from course_module where course_id = ?", courseId);
        jdbc.update(
                "delete c from certificate c join enrolment e on e.id = c.enrolment_id join course_session s "
                        + "on s.id = e.session_id where s.course_id = ?",
                courseId);
        jdbc.update(
                "delete e from enrolment e join course_session s on s.id = e.session_id where s.course_id = ?",
                courseId);
        jdbc.update("delete from course_session where course_id = ?", courseId);
        jdbc.update("delete from course where id = ?", courseId);
    }

    /** A module at {@code position} of a course; its id. */
    public static long module(JdbcTemplate jdbc, long courseId, int position, String title, String body) {
        jdbc.update(
                "insert into course_module (course_id, position, title, body, pass_mark, max_attempts) "
                        + "values (?, ?, ?, ?, 50, 2)",
                courseId,
                position,
                title,
                body);
        return jdbc.queryForObject(
                "select id from course_module where course_id = ? and position = ?", Long.class, courseId, position);
    }

    /** A quiz question of a module with its options; {@code correct} is the right option's index. */
    public static void question(
            JdbcTemplate jdbc, long moduleId, int position, String prompt, int correct, String... options) {
        jdbc.update(
                "insert into quiz_question (module_id, position, prompt, correct_option) values (?, ?, ?, ?)",
                moduleId,
                position,
                prompt,
                correct);
        Long id = jdbc.queryForObject(
                "select id from quiz_question where module_id = ? and position = ?", Long.class, moduleId, position);
        for (int i = 0; i < options.length; i++) {
            jdbc.update("insert into quiz_option (question_id, position, text) values (?, ?, ?)", id, i, options[i]);
        }
    }
}
