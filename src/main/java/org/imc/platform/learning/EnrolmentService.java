package org.imc.platform.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.PublicLinks;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.Translatable;
import org.imc.platform.base.db.OneAtATime;
import org.imc.platform.learning.Seats.Locked;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment in sessions. Learners enrol and withdraw themselves; the course's trainer approves,
 * rejects, over-enrols, moves participants and records outcomes ({@link #isActor}). Every change
 * of seats or waitlist runs under the session's row lock (see {@link Seats}); a change that is no
 * longer allowed when the lock is obtained is refused by {@link Enrolment}.
 * <p>
 * A little over 300 lines on purpose: each public method is one action taken the same way
 * (lock, check, apply, audit, notify), and splitting them would scatter that pattern. Reading
 * lives elsewhere: the trainer's roster in {@link Roster}, the learner's own in
 * {@link MyLearning}, seat counting and the waitlist in {@link Seats}.
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
    private final Completion completion;
    private final LearningQueries queries;
    private final AuditService audit;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final PublicLinks links;

    EnrolmentService(
            EnrolmentRepository enrolments,
            CourseRepository courses,
            CourseService courseService,
            Seats seats,
            Completion completion,
            LearningQueries queries,
            AuditService audit,
            NotificationService notifications,
            CurrentUser currentUser,
            Clock clock,
            PublicLinks links) {
        this.links = links;
        this.enrolments = enrolments;
        this.courses = courses;
        this.courseService = courseService;
        this.seats = seats;
        this.completion = completion;
        this.queries = queries;
        this.audit = audit;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Enrols the signed-in user: ENROLLED while seats are free (PENDING if the trainer approves
     * enrolments), otherwise WAITLISTED at the end of the queue. Refused when the enrolment window
     * is closed, the prerequisite course is not completed, or the user already takes part.
     */
    @Transactional
    @OneAtATime(value = "course-session", key = "sessionId")
    public Enrolment enrol(Long sessionId) {
        SignedInUser me = currentUser.require();
        CourseSession session = seats.lock(sessionId);
        Course course = courses.findById(session.getCourseId()).orElseThrow(RecordNotFoundException::new);
        Optional<Enrolment> existing = enrolments.findBySessionIdAndLearnerUserId(sessionId, me.id());
        if (existing.isPresent() && existing.get().getStatus().isActive()) {
            throw new BusinessException("learning.error.already-enrolled");
        }
        if (existing.isPresent() && existing.get().getStatus() != EnrolmentStatus.WITHDRAWN) {
            throw new BusinessException("learning.error.cannot-re-enrol");
        }
        LocalDate today = LocalDate.now(clock);
        if (!session.isOpenOn(today)) {
            throw new BusinessException(
                    "learning.error.window-closed",
                    session.getEnrolmentOpens().toString(),
                    session.getEnrolmentCloses().toString());
        }
        if (course.getPrerequisiteId() != null && !enrolments.hasCompleted(me.id(), course.getPrerequisiteId())) {
            String prerequisite = courses.findById(course.getPrerequisiteId())
                    .map(Course::getTitle)
                    .orElse("");
            throw new BusinessException("learning.error.prerequisite", prerequisite);
        }
        EnrolmentAction action = EnrolmentAction.forEnrolment(
                seats.seated(sessionId) < session.getCapacity(), session.isApprovalRequired());
        Integer position = action == EnrolmentAction.JOIN_WAITLIST ? seats.nextWaitlistPosition(sessionId) : null;
        Enrolment e;
        Map<String, Object> before = null;
        if (existing.isPresent()) {
            e = existing.get();
            before = e.snapshot();
            e.apply(action, position);
        } else {
            e = Enrolment.start(sessionId, me.id(), action, position);
        }
        enrolments.saveAndFlush(e);
        audit.record("ENROL", ENTITY, e.getId(), before, e.snapshot());
        if (e.getStatus() == EnrolmentStatus.ENROLLED) {
            // the confirmation, with the dates for the learner's calendar
            notifications.notifyWithCalendar(
                    me.id(),
                    "learning.notify.enrolled",
                    MY_LEARNING,
                    session.calendar(course.getTitle(), links.of("learning/courses/" + course.getId())),
                    course.getTitle(),
                    session.getName());
        }
        if (e.getStatus() == EnrolmentStatus.PENDING) {
            notifications.notify(
                    course.getTrainerUserId(),
                    "learning.notify.pending",
                    "learning/manage",
                    me.fullName(),
                    course.getTitle(),
                    session.getName());
        }
        return e;
    }

    /** The signed-in learner leaves a session (or its waitlist); the first waitlisted learner moves up. */
    @Transactional
    public Enrolment withdraw(Long enrolmentId) {
        Locked locked = seats.lockEnrolment(enrolmentId);
        Enrolment e = locked.enrolment();
        if (!Objects.equals(e.getLearnerUserId(), currentUser.require().id())) {
            throw new AccessDeniedException("not your enrolment");
        }
        e.requireAllowed(EnrolmentAction.WITHDRAW);
        Map<String, Object> before = e.snapshot();
        if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
            seats.leaveWaitlist(e, EnrolmentAction.WITHDRAW);
        } else {
            e.apply(EnrolmentAction.WITHDRAW);
            enrolments.saveAndFlush(e);
        }
        audit.record("WITHDRAW", ENTITY, e.getId(), before, e.snapshot());
        seats.promote(locked.session(), locked.course().getTitle());
        return e;
    }

    /** The trainer of the course seats a pending learner. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Enrolment approve(Long enrolmentId) {
        Locked locked = lockAsTrainer(enrolmentId);
        Enrolment e = locked.enrolment();
        Map<String, Object> before = e.snapshot();
        e.apply(EnrolmentAction.APPROVE);
        enrolments.saveAndFlush(e);
        audit.record("APPROVE", ENTITY, e.getId(), before, e.snapshot());
        notifications.notifyWithCalendar(
                e.getLearnerUserId(),
                "learning.notify.approved",
                MY_LEARNING,
                locked.session()
                        .calendar(
                                locked.course().getTitle(),
                                links.of("learning/courses/" + locked.course().getId())),
                locked.course().getTitle(),
                locked.session().getName());
        return e;
    }

    /** The trainer of the course refuses a pending enrolment; the freed seat goes to the first waitlisted learner. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Enrolment reject(Long enrolmentId) {
        Locked locked = lockAsTrainer(enrolmentId);
        Enrolment e = locked.enrolment();
        Map<String, Object> before = e.snapshot();
        e.apply(EnrolmentAction.REJECT);
        enrolments.saveAndFlush(e);
        audit.record("REJECT", ENTITY, e.getId(), before, e.snapshot());
        notifications.notify(
                e.getLearnerUserId(),
                "learning.notify.rejected",
                MY_LEARNING,
                locked.course().getTitle(),
                locked.session().getName());
        seats.promote(locked.session(), locked.course().getTitle());
        return e;
    }

    /**
     * The trainer of the course seats a waitlisted learner beyond the capacity, on their explicit
     * decision (audited with the capacity and the seats taken afterwards).
     */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Enrolment overEnrol(Long enrolmentId) {
        Locked locked = lockAsTrainer(enrolmentId);
        Enrolment e = locked.enrolment();
        e.requireAllowed(EnrolmentAction.OVER_ENROL);
        Map<String, Object> before = e.snapshot();
        seats.leaveWaitlist(e, EnrolmentAction.OVER_ENROL);
        Map<String, Object> after = new LinkedHashMap<>(e.snapshot());
        after.put("capacity", locked.session().getCapacity());
        after.put("seatedAfter", seats.seated(locked.session().getId()));
        audit.record("OVER_ENROL", ENTITY, e.getId(), before, after);
        notifications.notify(
                e.getLearnerUserId(),
                "learning.notify.promoted",
                MY_LEARNING,
                locked.course().getTitle(),
                locked.session().getName());
        return e;
    }

    /**
     * The trainer of the course moves an enrolled (or pending) participant to another session of
     * the same course, which must have a free seat. The seat left behind goes to the first
     * waitlisted learner.
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
        e.requireAllowed(EnrolmentAction.MOVE);
        if (enrolments
                .findBySessionIdAndLearnerUserId(target.getId(), e.getLearnerUserId())
                .isPresent()) {
            throw new BusinessException("learning.error.move-target-enrolled");
        }
        if (seats.seated(target.getId()) >= target.getCapacity()) {
            throw new BusinessException("learning.error.move-target-full", target.getName());
        }
        Map<String, Object> before = e.snapshot();
        e.moveTo(target.getId());
        enrolments.saveAndFlush(e);
        audit.record("MOVE", ENTITY, e.getId(), before, e.snapshot());
        notifications.notify(
                e.getLearnerUserId(), "learning.notify.moved", MY_LEARNING, course.getTitle(), target.getName());
        seats.promote(source, course.getTitle());
        return e;
    }

    /**
     * The trainer of the course records an enrolled participant's outcome (COMPLETED, FAILED or
     * NO_SHOW) once the session has started. COMPLETED issues the certificate.
     */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public Enrolment recordOutcome(Long enrolmentId, EnrolmentStatus outcome) {
        EnrolmentAction action = EnrolmentAction.recording(outcome)
                .orElseThrow(() -> new BusinessException(
                        "learning.error.transition",
                        Translatable.of("learning.status.", EnrolmentStatus.ENROLLED),
                        outcome == null ? "—" : Translatable.of("learning.status.", outcome)));
        Locked locked = lockAsTrainer(enrolmentId);
        Enrolment e = locked.enrolment();
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(locked.session().getStartDate())) {
            throw new BusinessException(
                    "learning.error.not-started",
                    locked.session().getStartDate().toString());
        }
        if (action == EnrolmentAction.COMPLETE) {
            completion.complete(e, locked.course(), today, "OUTCOME");
        } else {
            Map<String, Object> before = e.snapshot();
            e.apply(action);
            enrolments.saveAndFlush(e);
            audit.record("OUTCOME", ENTITY, e.getId(), before, e.snapshot());
            notifications.notify(
                    e.getLearnerUserId(),
                    "learning.notify.outcome",
                    MY_LEARNING,
                    locked.course().getTitle(),
                    Translatable.of("learning.status.", outcome).asArgument());
        }
        return e;
    }

    // ---------------------------------------------------------------- who may act

    /**
     * Who may take an action: the learner enrols themselves and withdraws their own enrolment;
     * the course's trainer decides everything else a person decides. Promotions are taken by
     * {@link Seats}, never chosen by anyone.
     */
    static boolean isActor(EnrolmentAction action, boolean ownEnrolment, boolean teachesCourse) {
        return switch (action) {
            case ENROL, REQUEST, JOIN_WAITLIST, WITHDRAW -> ownEnrolment;
            case APPROVE, REJECT, OVER_ENROL, MOVE, COMPLETE, FAIL, NO_SHOW -> teachesCourse;
            case PROMOTE, PROMOTE_TO_PENDING -> false;
        };
    }

    /** The actions an enrolment in {@code status} allows to someone in the given relation to it. */
    static Set<EnrolmentAction> actionsFor(EnrolmentStatus status, boolean ownEnrolment, boolean teachesCourse) {
        Set<EnrolmentAction> allowed = EnumSet.noneOf(EnrolmentAction.class);
        for (EnrolmentAction action : status.actions()) {
            if (isActor(action, ownEnrolment, teachesCourse)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** What the signed-in user may do to this enrolment now (nothing when signed out). */
    @Transactional(readOnly = true)
    public Set<EnrolmentAction> allowedActions(Enrolment e) {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return EnumSet.noneOf(EnrolmentAction.class);
        }
        return actionsFor(
                e.getStatus(),
                user.id().equals(e.getLearnerUserId()),
                teaches(user, courseService.session(e.getSessionId()).getCourseId()));
    }

    private boolean teaches(SignedInUser user, Long courseId) {
        return user.hasRole(Role.TRAINER)
                && courses.findById(courseId)
                        .map(c -> user.id().equals(c.getTrainerUserId()))
                        .orElse(false);
    }

    private Locked lockAsTrainer(Long enrolmentId) {
        Locked locked = seats.lockEnrolment(enrolmentId);
        courseService.owned(locked.course().getId());
        return locked;
    }

    /** Pending enrolments in the signed-in trainer's courses. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional(readOnly = true)
    public long pendingForMe() {
        return queries.pendingFor(currentUser.require().id());
    }
}
