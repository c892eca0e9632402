package org.imc.platform.learning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.Language;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's own enrolments and certificates, and what they may do in a session
 * of the course page. Changes go through {@link EnrolmentService}.
 */
@Service
@PreAuthorize(Roles.SIGNED_IN)
public class MyLearning {

    private final EnrolmentRepository enrolments;
    private final CertificateService certificates;
    private final LearningQueries queries;
    private final CurrentUser currentUser;
    private final AuditService audit;

    MyLearning(
            EnrolmentRepository enrolments,
            CertificateService certificates,
            LearningQueries queries,
            CurrentUser currentUser,
            AuditService audit) {
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The signed-in learner's enrolments, newest sessions first, with certificate codes. */
    @Transactional(readOnly = true)
    public List<MyEnrolment> enrolments() {
        SignedInUser me = currentUser.require();
        return queries.enrolmentsOf(
                me.id(),
                (status, trainerUserId) -> EnrolmentService.actionsFor(
                        status, true, me.hasRole(Role.TRAINER) && me.id().equals(trainerUserId)));
    }

    /** The signed-in user's enrolment in a session, if any. */
    @Transactional(readOnly = true)
    public Optional<Enrolment> in(Long sessionId) {
        return enrolments.findBySessionIdAndLearnerUserId(
                sessionId, currentUser.require().id());
    }

    /**
     * What the signed-in learner may do in a session of the course page, given their enrolment
     * there ({@code mine}, as {@link #in} found it): enrol, the way the seats stand now (ENROL,
     * REQUEST or JOIN_WAITLIST; {@link EnrolmentService#enrol} decides again under the lock), or
     * withdraw.
     */
    public Set<EnrolmentAction> allowedActions(SessionRow row, Optional<Enrolment> mine) {
        EnrolmentStatus status = mine.map(Enrolment::getStatus).orElse(EnrolmentStatus.WITHDRAWN);
        Set<EnrolmentAction> allowed = EnrolmentService.actionsFor(status, true, false);
        EnrolmentAction enrolling =
                EnrolmentAction.forEnrolment(!row.isFull(), row.session().isApprovalRequired());
        allowed.removeIf(a -> a.isEnrolling() && a != enrolling);
        return allowed;
    }

    /** How many of the signed-in learner's enrolments are in each of the given statuses. */
    @Transactional(readOnly = true)
    public long count(EnrolmentStatus... statuses) {
        return enrolments.countByLearnerUserIdAndStatusIn(currentUser.require().id(), List.of(statuses));
    }

    /**
     * The PDF of the signed-in learner's own certificate, in the language they read (the
     * download is audited); anyone else's is refused.
     */
    @Transactional
    public byte[] certificatePdf(Long enrolmentId, Language language) {
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow(RecordNotFoundException::new);
        if (!Objects.equals(e.getLearnerUserId(), currentUser.require().id())) {
            throw new AccessDeniedException("not your certificate");
        }
        byte[] pdf = certificates.pdfFor(enrolmentId, language);
        audit.record("DOWNLOAD", "Certificate", enrolmentId, null, null);
        return pdf;
    }
}
