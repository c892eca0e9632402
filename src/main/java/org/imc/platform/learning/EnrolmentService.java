package org.imc.platform.learning;

import org.imc.platform.security.Roles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.Translatable;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Enrolment in sessions. Learners enrol and withdraw themselves; the course's trainer approves,
 * rejects, over-enrols, moves participants and records outcomes. Every change of seats or
 * waitlist runs under the session's row lock (see {@link Seats}); a state change that is no
 * longer allowed when the lock is obtained is refused by {@link EnrolmentStatus}.
 */
@Service
@PreAuthorize(Roles.SIGNED_IN)
public class EnrolmentService {

    private static final String ENTITY = Seats.ENTITY;
    private static final String MY_LEARNING = "learning/my";

    private final EnrolmentRepository enrolments;
    private final CourseRepository courses;
    private final CourseService courseService;
    private final Seats seats;
    private final CertificateService certificates;
    private final AuditService audit;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EnrolmentService(EnrolmentRepository enrolments, CourseRepository courses, CourseService courseService, Seats seats,
                     CertificateService certificates, AuditService audit, NotificationService notifications,
                     CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.enrolments = enrolments;
        this.courses = courses;
        this.courseService = courseService;
        this.seats = seats;
        this.certificates = certificates;
        this.audit = audit;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Enrols the signed-in user: ENROLLED while seats are free (PENDING if the trainer approves
     * enrolments), otherwise WAITLISTED at the end of the queue. Refused when the enrolment window
     * is closed, the prerequisite course is not completed, or the user already takes part.
     */
    @Transactional
    public Enrolment enrol(Long sessionId) {
        SignedInUser me = currentUser.require();
        CourseSession session = seats.lock(sessionId);
        Course course = courses.findById(session.getCourseId()).orElseThrow(RecordNotFoundException::new);
        Optional<Enrolment> existing = enrolments.findBySessionIdAndUserId(sessionId, me.id());
        if (existing.isPresent() && existing.get().getStatus().isActive()) {
            throw new BusinessException("learning.error.already-enrolled");
        }
        if (existing.isPresent() && existing.get().getStatus() != EnrolmentStatus.WITHDRAWN) {
            throw new BusinessException("learning.error.cannot-re-enrol");
        }
        LocalDate today = LocalDate.now(clock);
        if (!session.isOpenOn(today)) {
            throw new BusinessException("learning.error.window-closed", session.getEnrolmentOpens().toString(),
                    session.getEnrolmentCloses().toString());
        }
        if (course.getPrerequisiteId() != null && !enrolments.hasCompleted(me.id(), course.getPrerequisiteId())) {
            String prerequisite = courses.findById(course.getPrerequisiteId()).map(Course::getTitle).orElse("");
            throw new BusinessException("learning.error.prerequisite", prerequisite);
        }
        EnrolmentStatus status;
        Integer position = null;
        if (seats.seated(sessionId) < session.getCapacity()) {
            status = session.isApprovalRequired() ? EnrolmentStatus.PENDING : EnrolmentStatus.ENROLLED;
        } else {
            status = EnrolmentStatus.WAITLISTED;
            position = seats.nextWaitlistPosition(sessionId);
        }
        Enrolment e;
        Map<String, Object> before = null;
        if (existing.isPresent()) {
            e = existing.get();
            before = snapshot(e);
            e.moveTo(status, position);
        } else {
            e = new Enrolment(sessionId, me.id(), status, position);
        }
        enrolments.saveAndFlush(e);
        audit.record("ENROL", ENTITY, e.getId(), before, snapshot(e));
        if (status == EnrolmentStatus.PENDING) {
            notifications.notify(course.getTrainerId(), "learning.notify.pending", "learning/manage",
                    me.fullName(), course.getTitle(), session.getName());
        }
        return e;
    }

    /** The signed-in learner leaves a session (or its waitlist); the first waitlisted learner moves up. */
    @Transactional
    public Enrolment withdraw(Long enrolmentId) {
        Locked locked = lockEnrolment(enrolmentId);
        Enrolment e = locked.enrolment();
        if (!Objects.equals(e.getUserId(), currentUser.require().id())) {
            throw new AccessDeniedException("not your enrolment");
        }
        if (!e.getStatus().isActive()) {
            throw new BusinessException("learning.error.transition", Translatable.of("learning.status.", e.getStatus()),
                    Translatable.of("learning.status.", EnrolmentStatus.WITHDRAWN));
        }
        Map<String, Object> before = snapshot(e);
        if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
            seats.leaveWaitlist(e, EnrolmentStatus.WITHDRAWN);
        } else {
            e.moveTo(EnrolmentStatus.WITHDRAWN, null);
            enrolments.saveAndFlush(e);
        }
        audit.record("WITHDRAW", ENTITY, e.getId(), before, snapshot(e));
        seats.promote(locked.session(), locked.course().getTitle());
        return e;
    }

    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Enrolment approve(Long enrolmentId) {
        Locked locked = lockAsTrainer(enrolmentId);
        Enrolment e = locked.enrolment();
        Map<String, Object> before = snapshot(e);
        e.moveTo(EnrolmentStatus.ENROLLED, null);
        enrolments.saveAndFlush(e);
        audit.record("APPROVE", ENTITY, e.getId(), before, snapshot(e));
        notifications.notify(e.getUserId(), "learning.notify.approved", MY_LEARNING, locked.course().getTitle(),
                locked.session().getName());
        return e;
    }

    /** Refuses a pending enrolment; the freed seat goes to the first waitlisted learner. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Enrolment reject(Long enrolmentId) {
        Locked locked = lockAsTrainer(enrolmentId);
        Enrolment e = locked.enrolment();
        Map<String, Object> before = snapshot(e);
        e.moveTo(EnrolmentStatus.REJECTED, null);
        enrolments.saveAndFlush(e);
        audit.record("REJECT", ENTITY, e.getId(), before, snapshot(e));
        notifications.notify(e.getUserId(), "learning.notify.rejected", MY_LEARNING, locked.course().getTitle(),
                locked.session().getName());
        seats.promote(locked.session(), locked.course().getTitle());
        return e;
    }

    /** Seats a waitlisted learner beyond the capacity, on the trainer's explicit decision (audited). */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Enrolment overEnrol(Long enrolmentId) {
        Locked locked = lockAsTrainer(enrolmentId);
        Enrolment e = locked.enrolment();
        if (e.getStatus() != EnrolmentStatus.WAITLISTED) {
            throw new BusinessException("learning.error.transition", Translatable.of("learning.status.", e.getStatus()),
                    new Translatable("learning.status.over-enrolled"));
        }
        Map<String, Object> before = snapshot(e);
        seats.leaveWaitlist(e, EnrolmentStatus.ENROLLED);
        e.setOverEnrolled(true);
        enrolments.saveAndFlush(e);
        Map<String, Object> after = snapshot(e);
        after.put("capacity", locked.session().getCapacity());
        after.put("seatedAfter", seats.seated(locked.session().getId()));
        audit.record("OVER_ENROL", ENTITY, e.getId(), before, after);
        notifications.notify(e.getUserId(), "learning.notify.promoted", MY_LEARNING, locked.course().getTitle(),
                locked.session().getName());
        return e;
    }

    /**
     * Moves an enrolled (or pending) participant to another session of the same course, which
     * must have a free seat. The seat left behind goes to the first waitlisted learner.
     */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Enrolment move(Long enrolmentId, Long targetSessionId) {
        Long sourceId = enrolments.sessionIdOf(enrolmentId).orElseThrow(RecordNotFoundException::new);
        if (sourceId.equals(targetSessionId)) {
            throw new BusinessException("learning.error.move-same-session");
        }
        // both locks, always in id order, so two opposite moves cannot deadlock
        CourseSession first = seats.lock(Math.min(sourceId, targetSessionId));
        CourseSession second = seats.lock(Math.max(sourceId, targetSessionId));
        CourseSession source = first.getId().equals(sourceId) ? first : second;
        CourseSession target = source == first ? second : first;
        Course course = courseService.owned(source.getCourseId());
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow(RecordNotFoundException::new);
        if (!e.getSessionId().equals(sourceId)) {
            throw new ObjectOptimisticLockingFailureException(Enrolment.class, enrolmentId);
        }
        if (!target.getCourseId().equals(source.getCourseId())) {
            throw new BusinessException("learning.error.move-other-course");
        }
        if (e.getStatus() != EnrolmentStatus.ENROLLED && e.getStatus() != EnrolmentStatus.PENDING) {
            throw new BusinessException("learning.error.move-status");
        }
        if (enrolments.findBySessionIdAndUserId(target.getId(), e.getUserId()).isPresent()) {
            throw new BusinessException("learning.error.move-target-enrolled");
        }
        if (seats.seated(target.getId()) >= target.getCapacity()) {
            throw new BusinessException("learning.error.move-target-full", target.getName());
        }
        Map<String, Object> before = snapshot(e);
        e.setSessionId(target.getId());
        e.setOverEnrolled(false);
        enrolments.saveAndFlush(e);
        audit.record("MOVE", ENTITY, e.getId(), before, snapshot(e));
        notifications.notify(e.getUserId(), "learning.notify.moved", MY_LEARNING, course.getTitle(), target.getName());
        seats.promote(source, course.getTitle());
        return e;
    }

    /**
     * Records an enrolled participant's outcome once the session has started. COMPLETED issues
     * the certificate.
     */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Enrolment recordOutcome(Long enrolmentId, EnrolmentStatus outcome) {
        if (!EnrolmentStatus.OUTCOMES.contains(outcome)) {
            throw new BusinessException("learning.error.transition", Translatable.of("learning.status.", EnrolmentStatus.ENROLLED),
                    outcome == null ? "—" : Translatable.of("learning.status.", outcome));
        }
        Locked locked = lockAsTrainer(enrolmentId);
        Enrolment e = locked.enrolment();
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(locked.session().getStartDate())) {
            throw new BusinessException("learning.error.not-started", locked.session().getStartDate().toString());
        }
        Map<String, Object> before = snapshot(e);
        e.moveTo(outcome, null);
        if (outcome == EnrolmentStatus.COMPLETED) {
            e.setCompletedOn(today);
        }
        enrolments.saveAndFlush(e);
        audit.record("OUTCOME", ENTITY, e.getId(), before, snapshot(e));
        if (outcome == EnrolmentStatus.COMPLETED) {
            Certificate certificate = certificates.issue(e, locked.course().getTitle(), today);
            notifications.notify(e.getUserId(), "learning.notify.completed", MY_LEARNING, locked.course().getTitle(),
                    certificate.getCode());
        } else {
            notifications.notify(e.getUserId(), "learning.notify.outcome", MY_LEARNING, locked.course().getTitle(),
                    outcome.name());
        }
        return e;
    }

    /** The participants of one of the trainer's sessions: seated first, then the waitlist in order. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional(readOnly = true)
    public List<RosterRow> roster(Long sessionId) {
        CourseSession session = courseService.session(sessionId);
        courseService.owned(session.getCourseId());
        return jdbc.query("""
                SELECT e.id, e.version, e.user_id, u.username, u.full_name, u.email, e.status, e.waitlist_position,
                       e.over_enrolled, e.completed_on, e.created_at
                FROM enrolment e JOIN app_user u ON u.id = e.user_id
                WHERE e.session_id = ?
                ORDER BY CASE WHEN e.status = 'WAITLISTED' THEN 1 WHEN e.status IN ('WITHDRAWN', 'REJECTED') THEN 2 ELSE 0 END,
                         e.waitlist_position, u.full_name, e.id""", (rs, i) -> new RosterRow(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), EnrolmentStatus.valueOf(rs.getString(7)),
                (Integer) rs.getObject(8), rs.getBoolean(9),
                rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()), sessionId);
    }

    /**
     * The roster as CSV (UTF-8, RFC 4180). A cell starting with = + - @ (or a tab or carriage
     * return) gets a leading apostrophe, so spreadsheets never run it as a formula.
     */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public void writeRosterCsv(Long sessionId, OutputStream out) {
        List<RosterRow> rows = roster(sessionId);
        CourseSession session = courseService.session(sessionId);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader("session", "username", "name", "email", "status", "waitlist_position", "over_enrolled",
                            "completed_on", "enrolled_at").get());
            for (RosterRow r : rows) {
                csv.printRecord(safe(session.getName()), safe(r.username()), safe(r.fullName()), safe(r.email()),
                        r.status().name(), r.waitlistPosition() == null ? "" : r.waitlistPosition(), r.overEnrolled(),
                        r.completedOn() == null ? "" : r.completedOn(), r.enrolledAt() == null ? "" : r.enrolledAt());
            }
            csv.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        audit.record("EXPORT_ROSTER", CourseService.SESSION, sessionId, null, Map.of("rows", rows.size()));
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /** The signed-in learner's enrolments, newest sessions first, with certificate codes. */
    @Transactional(readOnly = true)
    public List<MyEnrolment> mine() {
        return jdbc.query("""
                SELECT e.id, e.version, c.id, c.title, s.id, s.name, s.start_date, s.end_date, e.status,
                       e.waitlist_position, cert.code
                FROM enrolment e JOIN course_session s ON s.id = e.session_id JOIN course c ON c.id = s.course_id
                LEFT JOIN certificate cert ON cert.enrolment_id = e.id
                WHERE e.user_id = ?
                ORDER BY s.start_date DESC, e.id DESC""", (rs, i) -> new MyEnrolment(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                rs.getDate(8).toLocalDate(), EnrolmentStatus.valueOf(rs.getString(9)), (Integer) rs.getObject(10),
                rs.getString(11)), currentUser.require().id());
    }

    /** The signed-in user's enrolment in a session, if any. */
    @Transactional(readOnly = true)
    public Optional<Enrolment> mineIn(Long sessionId) {
        return enrolments.findBySessionIdAndUserId(sessionId, currentUser.require().id());
    }

    /** How many of the signed-in learner's enrolments are in each of the given statuses. */
    @Transactional(readOnly = true)
    public long countMine(EnrolmentStatus... statuses) {
        return enrolments.countByUserIdAndStatusIn(currentUser.require().id(), List.of(statuses));
    }

    /** Pending enrolments in the signed-in trainer's courses. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional(readOnly = true)
    public long pendingForMe() {
        Long count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM enrolment e JOIN course_session s ON s.id = e.session_id
                JOIN course c ON c.id = s.course_id WHERE c.trainer_id = ? AND e.status = 'PENDING'""",
                Long.class, currentUser.require().id());
        return count == null ? 0 : count;
    }

    /** The PDF of the signed-in learner's own certificate. */
    @Transactional(readOnly = true)
    public byte[] myCertificatePdf(Long enrolmentId) {
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow(RecordNotFoundException::new);
        if (!Objects.equals(e.getUserId(), currentUser.require().id())) {
            throw new AccessDeniedException("not your certificate");
        }
        return certificates.pdfFor(enrolmentId);
    }

    private record Locked(CourseSession session, Course course, Enrolment enrolment) {
    }

    /** Locks the enrolment's session first, then reads the enrolment, so its state is current. */
    private Locked lockEnrolment(Long enrolmentId) {
        Long sessionId = enrolments.sessionIdOf(enrolmentId).orElseThrow(RecordNotFoundException::new);
        CourseSession session = seats.lock(sessionId);
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow(RecordNotFoundException::new);
        if (!e.getSessionId().equals(sessionId)) {
            // moved to another session between the two reads
            throw new ObjectOptimisticLockingFailureException(Enrolment.class, enrolmentId);
        }
        Course course = courses.findById(session.getCourseId()).orElseThrow(RecordNotFoundException::new);
        return new Locked(session, course, e);
    }

    private Locked lockAsTrainer(Long enrolmentId) {
        Locked locked = lockEnrolment(enrolmentId);
        courseService.owned(locked.course().getId());
        return locked;
    }

    private static Map<String, Object> snapshot(Enrolment e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sessionId", e.getSessionId());
        map.put("userId", e.getUserId());
        map.put("status", e.getStatus());
        map.put("waitlistPosition", e.getWaitlistPosition());
        map.put("overEnrolled", e.isOverEnrolled());
        return map;
    }
}
