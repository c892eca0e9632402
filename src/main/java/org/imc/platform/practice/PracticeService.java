package org.imc.platform.practice;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Documents;
import org.imc.platform.base.FreeText;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.security.UserService;
import org.imc.platform.workplan.MeasuredGoal;
import org.imc.platform.workplan.WorkPlanService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The practice library. Mayors, liaisons and trainers write practices; the author submits one
 * for review; a liaison other than the author publishes it or returns it with comments. Everyone
 * signed in reads and searches what is published; a draft is its author's alone, and a practice
 * under review or returned is also open to liaisons. Every step is audited and notifies the other
 * side.
 */
@Service
@Validated
@PreAuthorize(Roles.SIGNED_IN)
public class PracticeService {

    static final String ENTITY = "Practice";

    /** Attachments per practice (the same limits as a fund application's documents). */
    public static final int MAX_ATTACHMENTS = 10;

    public static final long MAX_BYTES_PER_PRACTICE = 30L * 1024 * 1024;

    private final PracticeRepository practices;
    private final PracticeQueries queries;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final UserService users;
    private final SdgService sdgs;
    private final WorkPlanService workPlans;
    private final Clock clock;

    PracticeService(
            PracticeRepository practices,
            PracticeQueries queries,
            CurrentUser currentUser,
            AuditService audit,
            NotificationService notifications,
            UserService users,
            SdgService sdgs,
            WorkPlanService workPlans,
            Clock clock) {
        this.workPlans = workPlans;
        this.practices = practices;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.users = users;
        this.sdgs = sdgs;
        this.clock = clock;
    }

    // ---- reading ----

    /** A practice the user may see ("not found" otherwise). */
    @Transactional(readOnly = true)
    public Practice get(Long id) {
        Practice p = practices.findById(id).orElseThrow(RecordNotFoundException::new);
        if (!maySee(p, currentUser.require())) {
            throw new RecordNotFoundException();
        }
        return p;
    }

    private static boolean maySee(Practice p, SignedInUser user) {
        return p.getStatus() == PracticeStatus.PUBLISHED
                || p.getAuthorUserId().equals(user.id())
                || (p.getStatus() != PracticeStatus.DRAFT && user.hasRole(Role.LIAISON));
    }

    /** Published practices: ranked by relevance when the filter has words, newest first otherwise. */
    @Transactional(readOnly = true)
    public List<PracticeSummary> search(PracticeFilter filter, int offset, int limit) {
        return queries.search(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(PracticeFilter filter) {
        return queries.count(filter);
    }

    /** The signed-in user's own practices, any status. */
    @Transactional(readOnly = true)
    public List<PracticeSummary> mine(int offset, int limit) {
        return queries.byAuthor(currentUser.require().id(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return queries.countByAuthor(currentUser.require().id());
    }

    /** Practices waiting for a liaison's review, oldest submission first. */
    @PreAuthorize(Roles.IS_LIAISON)
    @Transactional(readOnly = true)
    public List<PracticeSummary> reviewQueue(int offset, int limit) {
        return queries.inReview(offset, limit);
    }

    @PreAuthorize(Roles.IS_LIAISON)
    @Transactional(readOnly = true)
    public long countReviewQueue() {
        return queries.countInReview();
    }

    /** Published practices like this one (those sharing a sub-programme first). */
    @Transactional(readOnly = true)
    public List<PracticeSummary> related(Long id, int limit) {
        return queries.related(get(id), limit);
    }

    /** "Municipalities that did this before": the newest published practices of a sub-programme. */
    @Transactional(readOnly = true)
    public List<PracticeSummary> ofSubProgramme(SubProgramme sub, int limit) {
        return queries.ofSubProgramme(sub, limit);
    }

    // ---- writing ----

    /** Whether the signed-in user writes practices. */
    public boolean canWrite() {
        SignedInUser user = currentUser.get().orElse(null);
        return user != null && (user.hasRole(Role.MAYOR) || user.hasRole(Role.LIAISON) || user.hasRole(Role.TRAINER));
    }

    /** Whether the signed-in user may change the content (and attachments) now: its author, before review or after return. */
    public boolean canEdit(Practice p) {
        SignedInUser user = currentUser.get().orElse(null);
        return user != null
                && p.getAuthorUserId().equals(user.id())
                && p.getStatus().editable();
    }

    @PreAuthorize(Roles.IS_MAYOR_LIAISON_OR_TRAINER)
    @Transactional
    public Practice create(@Valid PracticeData data) {
        sdgs.requireKnown(data.sdgTargets());
        requireMeasuredGoal(data.indicatorGoalId(), null);
        Practice saved =
                practices.saveAndFlush(new Practice(currentUser.require().id(), data));
        audit.record("CREATE", ENTITY, saved.getId(), null, saved.snapshot());
        return saved;
    }

    @PreAuthorize(Roles.IS_MAYOR_LIAISON_OR_TRAINER)
    @Transactional
    public Practice update(Long id, long expectedVersion, @Valid PracticeData data) {
        Practice p = practices.findForUpdate(id).orElseThrow(RecordNotFoundException::new);
        if (!p.getAuthorUserId().equals(currentUser.require().id())) {
            throw new AccessDeniedException("Only its author changes a practice");
        }
        p.requireVersion(expectedVersion);
        sdgs.requireKnown(data.sdgTargets());
        requireMeasuredGoal(data.indicatorGoalId(), p.getIndicatorGoalId());
        Map<String, Object> before = p.snapshot();
        p.update(data);
        practices.saveAndFlush(p);
        audit.record("UPDATE", ENTITY, id, before, p.snapshot());
        return p;
    }

    /**
     * The results may refer to a goal with an indicator that the author may read (kept when it is
     * the one already linked, whoever may read it now).
     */
    private void requireMeasuredGoal(Long goalId, Long linkedBefore) {
        if (goalId != null
                && !goalId.equals(linkedBefore)
                && workPlans.measuredGoal(goalId).isEmpty()) {
            throw new BusinessException("practice.error.indicator-goal");
        }
    }

    /** The measured goal a practice's results refer to, with its latest measurement, if the reader may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<MeasuredGoal> measuredResults(Practice p) {
        return p.getIndicatorGoalId() == null
                ? java.util.Optional.empty()
                : workPlans.measuredGoal(p.getIndicatorGoalId());
    }

    /** The measured goals a practice's results may refer to (those the writer may read). */
    @Transactional(readOnly = true)
    public List<MeasuredGoal> measuredGoals() {
        return workPlans.measuredGoals();
    }

    // ---- the review workflow ----

    /** Who may take an action: the author submits; a liaison who is not the author publishes or returns. */
    static boolean isActor(Practice p, PracticeAction action, SignedInUser user) {
        boolean author = p.getAuthorUserId().equals(user.id());
        return switch (action) {
            case SUBMIT -> author;
            case PUBLISH, RETURN -> user.hasRole(Role.LIAISON) && !author;
        };
    }

    /** The actions the signed-in user may take on this practice now (views draw their buttons from it). */
    public Set<PracticeAction> allowedActions(Practice p) {
        SignedInUser user = currentUser.get().orElse(null);
        Set<PracticeAction> allowed = EnumSet.noneOf(PracticeAction.class);
        if (user != null) {
            p.getStatus().actions().stream().filter(a -> isActor(p, a, user)).forEach(allowed::add);
        }
        return allowed;
    }

    /**
     * Takes an action on the practice the user saw at {@code expectedVersion}: locks its row,
     * checks the version and the actor, applies the action (the status table refuses what does
     * not follow), audits and notifies. A return needs comments.
     */
    @Transactional
    public Practice perform(Long id, long expectedVersion, PracticeAction action, String comment) {
        Practice p = practices.findForUpdate(id).orElseThrow(RecordNotFoundException::new);
        SignedInUser user = currentUser.require();
        if (!maySee(p, user)) {
            throw new RecordNotFoundException();
        }
        p.requireVersion(expectedVersion);
        if (!isActor(p, action, user)) {
            throw new AccessDeniedException("Not an actor of " + action + " on this practice");
        }
        String text = action == PracticeAction.RETURN
                ? FreeText.required(comment, 2000, "practice.error.comment-required")
                : FreeText.optional(comment, 2000);
        Map<String, Object> before = p.snapshot();
        p.apply(action, user.id(), text, clock.instant());
        practices.saveAndFlush(p);
        audit.record(action.name(), ENTITY, id, before, p.snapshot());
        String link = "practices/" + id;
        switch (action) {
            case SUBMIT ->
                users.idsWithRole(Role.LIAISON).stream()
                        .filter(liaison -> !liaison.equals(user.id()))
                        .forEach(liaison ->
                                notifications.notify(liaison, "practice.notification.submitted", link, p.getTitle()));
            case PUBLISH ->
                notifications.notify(p.getAuthorUserId(), "practice.notification.published", link, p.getTitle());
            case RETURN ->
                notifications.notify(p.getAuthorUserId(), "practice.notification.returned", link, p.getTitle(), text);
        }
        return p;
    }

    // ---- attachments (the fund documents' upload rules) ----

    @Transactional(readOnly = true)
    public List<PracticeAttachment> attachments(Long practiceId) {
        get(practiceId);
        return queries.attachments(practiceId);
    }

    @Transactional(readOnly = true)
    public AttachmentContent download(Long attachmentId) {
        AttachmentContent c = queries.content(attachmentId).orElseThrow(RecordNotFoundException::new);
        get(c.practiceId());
        return c;
    }

    /**
     * Attaches an image or a PDF (PNG, JPEG or PDF by content, at most 10 MB, at most
     * {@value #MAX_ATTACHMENTS} and 30 MB per practice) for its author while it can be edited.
     */
    @PreAuthorize(Roles.IS_MAYOR_LIAISON_OR_TRAINER)
    @Transactional
    public PracticeAttachment attach(Long practiceId, String fileName, byte[] content) {
        Practice p = practices.findForUpdate(practiceId).orElseThrow(RecordNotFoundException::new);
        if (!p.getAuthorUserId().equals(currentUser.require().id())) {
            throw new AccessDeniedException("Only its author attaches files to a practice");
        }
        if (!p.getStatus().editable()) {
            throw new BusinessException("practice.error.not-editable");
        }
        if (content == null || content.length == 0) {
            throw new BusinessException("fund.error.document-empty");
        }
        if (content.length > Documents.MAX_BYTES) {
            throw new BusinessException("fund.error.document-too-large", Documents.MAX_BYTES / (1024 * 1024));
        }
        String type = Documents.detectType(content);
        if (type == null) {
            throw new BusinessException("fund.error.document-type");
        }
        if (queries.attachmentCount(practiceId) >= MAX_ATTACHMENTS) {
            throw new BusinessException("fund.error.too-many-documents", MAX_ATTACHMENTS);
        }
        if (queries.attachmentBytes(practiceId) + content.length > MAX_BYTES_PER_PRACTICE) {
            throw new BusinessException("fund.error.application-storage-full", MAX_BYTES_PER_PRACTICE / (1024 * 1024));
        }
        String name = Documents.safeFileName(fileName, type);
        long id = queries.addAttachment(
                practiceId, name, type, content, currentUser.require().id(), clock.instant());
        audit.record(
                "ADD_ATTACHMENT", ENTITY, practiceId, null, Snapshot.of("attachment", name, "bytes", content.length));
        return new PracticeAttachment(id, practiceId, name, type, content.length, clock.instant());
    }
}
