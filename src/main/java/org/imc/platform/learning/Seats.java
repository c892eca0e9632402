package org.imc.platform.learning;

import java.util.ArrayList;
import java.util.List;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.imc.platform.notification.NotificationService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats and waitlist of one session. Every caller first takes the session's row lock
 * ({@link #lock}), so all counting and numbering below happens one transaction at a time per
 * session: capacity is never exceeded and waitlist positions stay 1..N without gaps.
 */
@Component
class Seats {

    static final String ENTITY = "Enrolment";

    private final CourseSessionRepository sessions;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final LearningQueries queries;
    private final AuditService audit;
    private final NotificationService notifications;
    private final ChangeFeed changes;

    Seats(
            CourseSessionRepository sessions,
            CourseRepository courses,
            EnrolmentRepository enrolments,
            LearningQueries queries,
            AuditService audit,
            NotificationService notifications,
            ChangeFeed changes) {
        this.changes = changes;
        this.sessions = sessions;
        this.courses = courses;
        this.enrolments = enrolments;
        this.queries = queries;
        this.audit = audit;
        this.notifications = notifications;
    }

    /**
     * SELECT ... FOR UPDATE on the session row; held until the transaction ends. Every change of
     * a session's seats takes this lock, so this is also where the session's open screens are
     * told (in the same transaction: a refusal rolls the feed row back with the rest).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    CourseSession lock(Long sessionId) {
        CourseSession session = sessions.lockById(sessionId).orElseThrow(RecordNotFoundException::new);
        changes.changed(Topic.courseSession(sessionId));
        return session;
    }

    /** An enrolment read under its session's lock, with the session and course it belongs to. */
    record Locked(CourseSession session, Course course, Enrolment enrolment) {}

    /** Locks the enrolment's session first, then reads the enrolment, so its state is current. */
    @Transactional(propagation = Propagation.MANDATORY)
    Locked lockEnrolment(Long enrolmentId) {
        Long sessionId = enrolments.sessionIdOf(enrolmentId).orElseThrow(RecordNotFoundException::new);
        CourseSession session = lock(sessionId);
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow(RecordNotFoundException::new);
        if (!e.getSessionId().equals(sessionId)) {
            // moved to another session between the two reads
            throw new ObjectOptimisticLockingFailureException(Enrolment.class, enrolmentId);
        }
        Course course = courses.findById(session.getCourseId()).orElseThrow(RecordNotFoundException::new);
        return new Locked(session, course, e);
    }

    long seated(Long sessionId) {
        return enrolments.countBySessionIdAndStatusIn(sessionId, EnrolmentStatus.SEATED);
    }

    int nextWaitlistPosition(Long sessionId) {
        return enrolments.maxWaitlistPosition(sessionId) + 1;
    }

    /**
     * Takes a learner off the waitlist by {@code action} (their position becomes free) and closes
     * the gap: everyone behind moves up one place. Must run under the session lock.
     */
    void leaveWaitlist(Enrolment e, EnrolmentAction action) {
        int position = e.getWaitlistPosition();
        e.apply(action);
        enrolments.saveAndFlush(e);
        queries.closeWaitlistGap(e.getSessionId(), position, 1);
    }

    /**
     * Fills free seats from the head of the waitlist (first come, first served), tells each
     * promoted learner, and renumbers the rest from 1. Must run under the session lock.
     */
    List<Enrolment> promote(CourseSession session, String courseTitle) {
        long free = session.getCapacity() - seated(session.getId());
        if (free <= 0) {
            return List.of();
        }
        List<Enrolment> waiting = enrolments.findBySessionIdAndStatusOrderByWaitlistPositionAsc(
                session.getId(), EnrolmentStatus.WAITLISTED);
        List<Enrolment> promoted = new ArrayList<>();
        EnrolmentAction promotion = EnrolmentAction.forPromotion(session.isApprovalRequired());
        for (Enrolment e : waiting.subList(0, (int) Math.min(free, waiting.size()))) {
            int position = e.getWaitlistPosition();
            e.apply(promotion);
            promoted.add(e);
            audit.record(
                    "PROMOTE",
                    ENTITY,
                    e.getId(),
                    Snapshot.of("status", "WAITLISTED", "position", position),
                    Snapshot.of("status", e.getStatus().name()));
            notifications.notify(
                    e.getLearnerUserId(),
                    e.getStatus() == EnrolmentStatus.ENROLLED
                            ? "learning.notify.promoted"
                            : "learning.notify.promoted-pending",
                    "learning/my",
                    courseTitle,
                    session.getName());
        }
        if (!promoted.isEmpty()) {
            enrolments.flush();
            queries.closeWaitlistGap(session.getId(), promoted.size(), promoted.size());
        }
        return promoted;
    }
}
