package org.imc.platform.scale;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sets the stage for the flash-crowd load test ({@code bench/flash-crowd.sh}), anew on every
 * start ({@code --imc.scale.prepare-crowds=true}):
 * <ul>
 *   <li>the course "Flash crowd: Water Safety Plans" with one session of {@value #SEATS} seats,
 *       open for enrolment today without the trainer's approval, and no enrolments;
 *   <li>one draft fund application for each of the {@value #MAYORS} mayors the simulation signs in
 *       as (scale users {@code scale-user-198010} to {@code scale-user-200000}, the last mayors, so
 *       that they are not those of the everyday load test), in state DRAFT again if a run submitted it.
 * </ul>
 * Writes {@code target/crowd-course-id} and {@code target/crowd-drafts.csv} (username,applicationId)
 * for the simulation.
 */
class CrowdPreparation {

    static final String COURSE = "Flash crowd: Water Safety Plans";
    static final int SEATS = 30;
    static final int MAYORS = 200;
    static final String DRAFT = "Flash crowd: standpipes for the market district";

    private final JdbcTemplate jdbc;

    CrowdPreparation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void prepare(PrintStream out) {
        long session = courseSession();
        List<String> drafts = drafts();
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "crowd-course-id"), Long.toString(courseId()));
            Files.write(Path.of("target", "crowd-drafts.csv"), drafts);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.printf(
                Locale.ROOT,
                "Flash crowds prepared: course %d, session %d with %d seats and no enrolments; %d draft applications%n",
                courseId(),
                session,
                SEATS,
                drafts.size() - 1);
    }

    private long courseId() {
        return jdbc.queryForObject("SELECT id FROM course WHERE title = ?", Long.class, COURSE);
    }

    private long courseSession() {
        Long trainer = jdbc.queryForObject(
                "SELECT MIN(u.id) FROM app_user u JOIN app_user_role r ON r.user_id = u.id WHERE r.role = 'TRAINER'",
                Long.class);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM course WHERE title = ?", Long.class, COURSE) == 0) {
            jdbc.update(
                    "INSERT INTO course (title, description, sub_programme, language, format, trainer_id, duration_hours) "
                            + "VALUES (?, 'A popular course opening its enrolment.', 'DRINKING_WATER', 'ENGLISH', "
                            + "'LIVE_ONLINE', ?, 12)",
                    COURSE,
                    trainer);
            jdbc.update(
                    "INSERT INTO course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, "
                            + "enrolment_closes, approval_required) VALUES (?, 'Opening session', ?, ?, ?, ?, ?, FALSE)",
                    courseId(),
                    LocalDate.now().plusDays(30),
                    LocalDate.now().plusDays(60),
                    SEATS,
                    LocalDate.now().minusDays(1),
                    LocalDate.now().plusDays(20));
        }
        long session =
                jdbc.queryForObject("SELECT MIN(id) FROM course_session WHERE course_id = ?", Long.class, courseId());
        jdbc.update(
                "UPDATE course_session SET capacity = ?, enrolment_opens = ?, enrolment_closes = ? WHERE id = ?",
                SEATS,
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(20),
                session);
        jdbc.update("DELETE FROM enrolment WHERE session_id = ?", session);
        return session;
    }

    /** The simulation's mayors: the last {@value #MAYORS} mayors of the scale data. */
    static String mayor(int i) {
        return String.format(Locale.ROOT, "scale-user-%06d", 10 * (20_000 - MAYORS + i) + 10);
    }

    private List<String> drafts() {
        List<String> rows = new ArrayList<>();
        rows.add("username,applicationId");
        for (int i = 0; i < MAYORS; i++) {
            String username = mayor(i);
            List<long[]> mayor = jdbc.query(
                    "SELECT id, municipality_id FROM app_user WHERE username = ? AND municipality_id IS NOT NULL",
                    (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)},
                    username);
            if (mayor.isEmpty()) {
                continue;
            }
            long userId = mayor.getFirst()[0];
            long municipalityId = mayor.getFirst()[1];
            List<Long> existing = jdbc.queryForList(
                    "SELECT id FROM fund_application WHERE municipality_id = ? AND title = ?",
                    Long.class,
                    municipalityId,
                    DRAFT);
            long id;
            if (existing.isEmpty()) {
                jdbc.update(
                        "INSERT INTO fund_application (municipality_id, applicant_id, title, sub_programme, description, "
                                + "amount, term_months, grace_months, co_financing, beneficiaries, status) VALUES "
                                + "(?, ?, ?, 'DRINKING_WATER', 'Twelve standpipes with meters.', 150000.00, 60, 6, "
                                + "15000.00, 4000, 'DRAFT')",
                        municipalityId,
                        userId,
                        DRAFT);
                id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
            } else {
                id = existing.getFirst();
                jdbc.update(
                        "UPDATE fund_application SET status = 'DRAFT', submitted_at = NULL, version = version + 1 "
                                + "WHERE id = ?",
                        id);
            }
            rows.add(username + "," + id);
        }
        return rows;
    }
}
