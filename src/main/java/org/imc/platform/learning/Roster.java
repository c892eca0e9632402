package org.imc.platform.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.CsvCells;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants of a session, for its trainer only: on screen with the decisions the trainer
 * may take on each, and as a CSV file (exports are audited).
 */
@Service
@PreAuthorize(Roles.IS_TRAINER)
public class Roster {

    private static final List<String> CSV_HEADER = List.of(
            "session",
            "username",
            "name",
            "email",
            "status",
            "waitlist_position",
            "over_enrolled",
            "completed_on",
            "enrolled_at");

    private final CourseService courseService;
    private final LearningQueries queries;
    private final AuditService audit;
    private final CurrentUser currentUser;

    Roster(CourseService courseService, LearningQueries queries, AuditService audit, CurrentUser currentUser) {
        this.courseService = courseService;
        this.queries = queries;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * The participants of one of the signed-in trainer's sessions: seated first, then the
     * waitlist in order. Refused for a session of someone else's course.
     */
    @Transactional(readOnly = true)
    public List<RosterRow> participants(Long sessionId) {
        CourseSession session = courseService.session(sessionId);
        courseService.owned(session.getCourseId());
        Long me = currentUser.require().id();
        // the owner check above makes the reader this course's trainer on every row
        return queries.roster(
                sessionId, row -> EnrolmentService.actionsFor(row.status(), me.equals(row.learnerUserId()), true));
    }

    /**
     * The participants as CSV (UTF-8, RFC 4180, text cells defused by {@link CsvCells}); the
     * status column holds the status code, not its label, so the file sorts and filters the same
     * in every language.
     */
    @Transactional
    public void writeCsv(Long sessionId, OutputStream out) {
        List<RosterRow> rows = participants(sessionId);
        CourseSession session = courseService.session(sessionId);
        String csv = CsvCells.write(
                CSV_HEADER,
                rows.stream()
                        .map(r -> CsvCells.row(
                                session.getName(),
                                r.username(),
                                r.fullName(),
                                r.email(),
                                r.status().name(),
                                r.waitlistPosition(),
                                r.overEnrolled(),
                                r.completedOn(),
                                r.enrolledAt()))
                        .toList());
        try {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        audit.record("EXPORT_ROSTER", CourseService.SESSION, sessionId, null, Snapshot.of("rows", rows.size()));
    }
}
