package org.imc.platform.learning;

import org.imc.platform.audit.AuditService;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.notification.NotificationService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seats and waitlist of one session. Every caller first takes the session's row lock
 * ({@link #lock}), so all counting and numbering below happens one transaction at a time per
 * session: capacity is never exceeded and waitlist positions stay 1..N without gaps.
 */
@Component
class Seats {

    static final String ENTITY = "Enrolment";

    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final NotificationService notifications;

    Seats(CourseSessionRepository sessions, EnrolmentRepository enrolments, JdbcTemplate jdbc, AuditService audit,
          NotificationService notifications) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** SELECT ... FOR UPDATE on the session row; held until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    CourseSession lock(Long sessionId) {
        return sessions.lockById(sessionId).orElseThrow(RecordNotFoundException::new);
    }

    long seated(Long sessionId) {
        return enrolments.countBySessionIdAndStatusIn(sessionId, EnrolmentStatus.SEATED);
    }

    int nextWaitlistPosition(Long sessionId) {
        return enrolments.maxWaitlistPosition(sessionId) + 1;
    }

    /**
     * Takes a learner off the waitlist (their position becomes free) and closes the gap: everyone
     * behind moves up one place. Must run under the session lock.
     */
    void leaveWaitlist(Enrolment e, EnrolmentStatus next) {
        int position = e.getWaitlistPosition();
        e.moveTo(next, null);
        enrolments.saveAndFlush(e);
        closeGap(e.getSessionId(), position, 1);
    }

    /** Positions above {@code after} move up by {@code by}, in ascending order so no two rows ever share one. */
    private void closeGap(Long sessionId, int after, int by) {
        jdbc.update("UPDATE enrolment SET waitlist_position = waitlist_position - ?, version = version + 1, "
                + "updated_at = CURRENT_TIMESTAMP(6) WHERE session_id = ? AND waitlist_position > ? "
                + "ORDER BY waitlist_position", by, sessionId, after);
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
        List<Enrolment> waiting = enrolments.findBySessionIdAndStatusOrderByWaitlistPositionAsc(session.getId(),
                EnrolmentStatus.WAITLISTED);
        List<Enrolment> promoted = new ArrayList<>();
        EnrolmentStatus seat = session.isApprovalRequired() ? EnrolmentStatus.PENDING : EnrolmentStatus.ENROLLED;
        for (Enrolment e : waiting.subList(0, (int) Math.min(free, waiting.size()))) {
            int position = e.getWaitlistPosition();
            e.moveTo(seat, null);
            promoted.add(e);
            audit.record("PROMOTE", ENTITY, e.getId(), Map.of("status", "WAITLISTED", "position", position),
                    Map.of("status", seat.name()));
            notifications.notify(e.getUserId(), seat == EnrolmentStatus.ENROLLED
                    ? "learning.notify.promoted" : "learning.notify.promoted-pending", "learning/my",
                    courseTitle, session.getName());
        }
        if (!promoted.isEmpty()) {
            enrolments.flush();
            closeGap(session.getId(), promoted.size(), promoted.size());
        }
        return promoted;
    }
}
