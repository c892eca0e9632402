package org.imc.platform.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.mail.MailCategory;
import org.imc.platform.mail.MailContent;
import org.imc.platform.mail.OutboxService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails nobody clicks a button for, written to the outbox by {@link LearningReminderJob}:
 * <ul>
 *   <li>a learner ENROLLED in a running session (started, not ended) of a course with modules who
 *       has not opened or answered anything for {@value #INACTIVE_DAYS} days gets one reminder; the
 *       next only after they were active again and then quiet for another {@value #INACTIVE_DAYS}
 *       days;
 *   <li>when a session's enrolment opens, learners for whom it is the next step (they completed
 *       the prerequisite) or who left an earlier session of the course hear of it, once.
 * </ul>
 * Each reminder and announcement is claimed by a conditional update before its e-mail is written
 * in the same transaction, so two nodes running the job at once never send one twice.
 */
@Component
class LearningReminders {

    static final int INACTIVE_DAYS = 14;
    /** Openings older than this are not announced any more (a node down for a while does not send old news). */
    static final int OPENING_GRACE_DAYS = 2;

    private final LearningQueries queries;
    private final OutboxService outbox;
    private final AuditService audit;
    private final Clock clock;

    LearningReminders(LearningQueries queries, OutboxService outbox, AuditService audit, Clock clock) {
        this.queries = queries;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reminds the learners inactive for {@value #INACTIVE_DAYS} days as of now; returns how many. */
    @Transactional
    public int remindInactive() {
        Instant now = clock.instant();
        int reminded = 0;
        for (LearningQueries.Inactive i :
                queries.inactive(now.minus(Duration.ofDays(INACTIVE_DAYS)), LocalDate.now(clock))) {
            if (!queries.claimReminder(i.enrolmentId(), now)) {
                continue;
            }
            outbox.enqueue(
                    i.learnerUserId(),
                    MailCategory.LEARNING,
                    MailContent.of(
                            "learning.mail.reminder.subject",
                            "learning.mail.reminder.body",
                            "learning/courses/" + i.courseId() + "/modules/1",
                            i.courseTitle(),
                            String.valueOf(INACTIVE_DAYS)));
            reminded++;
        }
        if (reminded > 0) {
            audit.recordAs(
                    AuditService.SYSTEM,
                    "REMIND_INACTIVE",
                    Seats.ENTITY,
                    null,
                    null,
                    Snapshot.of("learners", reminded));
        }
        return reminded;
    }

    /** Announces the sessions whose enrolment opened (today or up to {@value #OPENING_GRACE_DAYS} days ago); returns how many e-mails. */
    @Transactional
    public int announceOpenings() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        int written = 0;
        for (LearningQueries.Opening o : queries.openings(today.minusDays(OPENING_GRACE_DAYS), today)) {
            if (!queries.claimOpening(o.sessionId(), now)) {
                continue;
            }
            int forSession = 0;
            for (Long learner : queries.interestedIn(o.courseId(), o.prerequisiteId())) {
                if (outbox.enqueue(
                                learner,
                                MailCategory.LEARNING,
                                MailContent.of(
                                        "learning.mail.opening.subject",
                                        "learning.mail.opening.body",
                                        "learning/courses/" + o.courseId(),
                                        o.courseTitle(),
                                        o.sessionName()))
                        .isPresent()) {
                    forSession++;
                }
            }
            audit.recordAs(
                    AuditService.SYSTEM,
                    "ANNOUNCE_OPENING",
                    CourseService.SESSION,
                    o.sessionId(),
                    null,
                    Snapshot.of("recipients", forSession));
            written += forSession;
        }
        return written;
    }
}
