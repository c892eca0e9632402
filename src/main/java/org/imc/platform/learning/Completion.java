package org.imc.platform.learning;

import java.time.LocalDate;
import java.util.Map;
import org.imc.platform.audit.AuditService;
import org.imc.platform.notification.NotificationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A completed course, the one way: the enrolment becomes COMPLETED on the day, the change is
 * audited, the certificate is issued and the learner is told with its code. The trainer's
 * recorded outcome ({@link EnrolmentService#recordOutcome}) and a self-paced course finished by
 * the learner ({@link CourseProgress}) both end here. Runs under the session's lock.
 */
@Component
class Completion {

    private final EnrolmentRepository enrolments;
    private final CertificateService certificates;
    private final AuditService audit;
    private final NotificationService notifications;

    Completion(
            EnrolmentRepository enrolments,
            CertificateService certificates,
            AuditService audit,
            NotificationService notifications) {
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** Completes {@code e} on {@code day}, audited as {@code auditAction}; refused unless ENROLLED. */
    @Transactional(propagation = Propagation.MANDATORY)
    Certificate complete(Enrolment e, Course course, LocalDate day, String auditAction) {
        Map<String, Object> before = e.snapshot();
        e.complete(day);
        enrolments.saveAndFlush(e);
        audit.record(auditAction, Seats.ENTITY, e.getId(), before, e.snapshot());
        Certificate certificate = certificates.issue(e, course.getTitle(), day);
        notifications.notify(
                e.getLearnerUserId(),
                "learning.notify.completed",
                "learning/my",
                course.getTitle(),
                certificate.getCode());
        return certificate;
    }
}
