package org.imc.platform.twinning;

import org.imc.platform.security.Roles;
import jakarta.validation.Valid;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Twinning proposals and partnerships. Who may act:
 * <ul>
 * <li>propose, withdraw: the mayor of the proposing municipality, for that municipality only;</li>
 * <li>vet, reject: a liaison;</li>
 * <li>accept, decline: the mayor of the partner municipality;</li>
 * <li>sign: each of the two mayors once, after acceptance; the second signature makes it ACTIVE;</li>
 * <li>suspend, resume, conclude, work plans and exchanges: a liaison or either mayor.</li>
 * </ul>
 * Proposals are visible to the two municipalities' mayors, liaisons and admins; partnerships
 * (active, suspended, concluded) to everyone signed in. Transitions lock the twinning's row, so
 * two people acting at once are served one after the other and the second gets a clear refusal.
 */
@Service
@Validated
@PreAuthorize(Roles.SIGNED_IN)
public class TwinningService {

    static final String ENTITY = "Twinning";
    public static final int REASON_MAX = 1000;
    public static final int SUMMARY_MAX = 4000;

    private final TwinningRepository twinnings;
    private final WorkPlanRepository plans;
    private final WorkPlanGoalRepository goals;
    private final ExchangeRepository exchanges;
    private final TwinningQueries queries;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final UserService users;
    private final MunicipalityService municipalities;
    private final Clock clock;

    TwinningService(TwinningRepository twinnings, WorkPlanRepository plans, WorkPlanGoalRepository goals,
                    ExchangeRepository exchanges, TwinningQueries queries, CurrentUser currentUser, AuditService audit,
                    NotificationService notifications, UserService users, MunicipalityService municipalities,
                    Clock clock) {
        this.twinnings = twinnings;
        this.plans = plans;
        this.goals = goals;
        this.exchanges = exchanges;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.users = users;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- proposals

    /** A mayor proposes a twinning of their own municipality ({@code proposerId}) with another. */
    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public Twinning propose(Long proposerId, @Valid ProposalDraft draft) {
        if (!currentUser.isMayorOf(proposerId)) {
            throw new AccessDeniedException("A mayor proposes only for their own municipality");
        }
        Long partnerId = draft.getPartnerId();
        if (partnerId.equals(proposerId)) {
            throw new BusinessException("twinning.error.self");
        }
        Map<Long, MunicipalityName> names = municipalities.names(List.of(proposerId, partnerId));
        if (!names.containsKey(partnerId)) {
            throw new RecordNotFoundException();
        }
        if (twinnings.existsByOpenPair(Twinning.pairKey(proposerId, partnerId))) {
            throw new BusinessException("twinning.error.duplicate", names.get(partnerId).name());
        }
        Twinning twinning = new Twinning(proposerId, partnerId, draft.getThemes(), draft.getMessage().trim(),
                currentUser.require().id());
        try {
            twinning = twinnings.saveAndFlush(twinning);
        } catch (DataIntegrityViolationException e) {
            // another proposal for the same pair was committed between the check and the insert
            throw new BusinessException("twinning.error.duplicate", names.get(partnerId).name());
        }
        audit.record("PROPOSE", ENTITY, twinning.getId(), null, twinning.snapshot());
        notifyAll(users.idsWithRole(Role.LIAISON), "twinning.notification.PROPOSED", twinning, names);
        return twinning;
    }

    @PreAuthorize(Roles.IS_LIAISON)
    @Transactional
    public Twinning vet(Long id) {
        return act(id, TwinningAction.VET, null);
    }

    @PreAuthorize(Roles.IS_LIAISON)
    @Transactional
    public Twinning reject(Long id, String reason) {
        return act(id, TwinningAction.REJECT, reason);
    }

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public Twinning withdraw(Long id) {
        return act(id, TwinningAction.WITHDRAW, null);
    }

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public Twinning accept(Long id) {
        return act(id, TwinningAction.ACCEPT, null);
    }

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public Twinning decline(Long id, String reason) {
        return act(id, TwinningAction.DECLINE, reason);
    }

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public Twinning sign(Long id) {
        return act(id, TwinningAction.SIGN, null);
    }

    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public Twinning suspend(Long id) {
        return act(id, TwinningAction.SUSPEND, null);
    }

    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public Twinning resume(Long id) {
        return act(id, TwinningAction.RESUME, null);
    }

    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public Twinning conclude(Long id, String summary) {
        return act(id, TwinningAction.CONCLUDE, summary);
    }

    /** Any action by name (the views use it); the same checks as the named methods. */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public Twinning perform(Long id, TwinningAction action, String text) {
        return act(id, action, text);
    }

    private Twinning act(Long id, TwinningAction action, String text) {
        Twinning t = twinnings.findForUpdate(id).orElseThrow(RecordNotFoundException::new);
        SignedInUser user = currentUser.require();
        if (!isActor(t, action, user)) {
            if (!canSee(t, user)) {
                throw new RecordNotFoundException();
            }
            if (action == TwinningAction.SIGN && t.getStatus() == TwinningStatus.ACCEPTED && user.hasRole(Role.MAYOR)
                    && t.involves(user.municipalityId())) {
                throw new BusinessException("twinning.error.already-signed");
            }
            throw new AccessDeniedException(user.username() + " may not " + action + " twinning " + id);
        }
        TwinningStatus before = t.getStatus();
        TwinningStatus next = before.after(action)
                .orElseThrow(() -> new BusinessException("twinning.error.now." + before.name()));
        String cleaned = checkText(action, text);
        Map<String, Object> snapshotBefore = t.snapshot();
        Instant now = clock.instant();
        switch (action) {
            case VET -> t.vetted(user.id(), now);
            case REJECT -> t.vetted(user.id(), now);
            case ACCEPT, DECLINE -> t.decided(user.id(), now, cleaned);
            case CONCLUDE -> t.concluded(cleaned);
            default -> {
            }
        }
        if (action == TwinningAction.REJECT) {
            t.decided(user.id(), now, cleaned);
        }
        if (action == TwinningAction.SIGN) {
            if (user.municipalityId().equals(t.getPartnerId())) {
                t.signedByPartner(user.id(), now);
            } else {
                t.signedByProposer(user.id(), now);
            }
            if (t.getPartnerSignedBy() == null || t.getProposerSignedBy() == null) {
                next = TwinningStatus.ACCEPTED;
            } else {
                t.activated(now);
            }
        }
        t.moveTo(next);
        try {
            twinnings.saveAndFlush(t);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("twinning.error.now." + before.name());
        }
        audit.record(action.name(), ENTITY, id, snapshotBefore, t.snapshot());
        notifyOtherSide(t, action, before, user);
        return t;
    }

    /** The one place that says who may take an action on a twinning (state aside). */
    static boolean isActor(Twinning t, TwinningAction action, SignedInUser user) {
        boolean liaison = user.hasRole(Role.LIAISON);
        boolean mayor = user.hasRole(Role.MAYOR) && user.municipalityId() != null;
        boolean proposerMayor = mayor && user.municipalityId().equals(t.getProposerId());
        boolean partnerMayor = mayor && user.municipalityId().equals(t.getPartnerId());
        return switch (action) {
            case VET, REJECT -> liaison;
            case WITHDRAW -> proposerMayor;
            case ACCEPT, DECLINE -> partnerMayor;
            case SIGN -> (partnerMayor && t.getPartnerSignedBy() == null)
                    || (proposerMayor && t.getProposerSignedBy() == null);
            case SUSPEND, RESUME, CONCLUDE -> liaison || proposerMayor || partnerMayor;
        };
    }

    private static String checkText(TwinningAction action, String text) {
        if (!action.needsText()) {
            return null;
        }
        String cleaned = text == null ? "" : text.trim();
        int max = action == TwinningAction.CONCLUDE ? SUMMARY_MAX : REASON_MAX;
        if (cleaned.isEmpty()) {
            throw new BusinessException(action == TwinningAction.CONCLUDE ? "twinning.error.summary-required"
                    : "twinning.error.reason-required");
        }
        if (cleaned.length() > max || cleaned.contains("<") || cleaned.contains(">")) {
            throw new BusinessException("twinning.error.text-invalid", max);
        }
        return cleaned;
    }

    /** What the signed-in user may do on this twinning right now (for the views; the service checks again). */
    @Transactional(readOnly = true)
    public Set<TwinningAction> allowedActions(Twinning t) {
        Set<TwinningAction> allowed = EnumSet.noneOf(TwinningAction.class);
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return allowed;
        }
        for (TwinningAction action : t.getStatus().actions()) {
            if (isActor(t, action, user)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    // ---------------------------------------------------------------- reading

    private boolean canSee(Twinning t, SignedInUser user) {
        return t.isPartnership() || user.hasRole(Role.LIAISON) || user.hasRole(Role.ADMIN)
                || (user.hasRole(Role.MAYOR) && t.involves(user.municipalityId()));
    }

    @Transactional(readOnly = true)
    public Twinning get(Long id) {
        Twinning t = twinnings.findById(id).orElseThrow(RecordNotFoundException::new);
        if (!canSee(t, currentUser.require())) {
            throw new RecordNotFoundException();
        }
        return t;
    }

    /**
     * Proposals the user may see, newest change first: a mayor's own (sent and received),
     * every proposal for liaisons and admins.
     */
    @PreAuthorize(Roles.IS_MAYOR_LIAISON_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<Twinning> proposals(Collection<TwinningStatus> statuses, Pageable pageable) {
        return twinnings.findByStatusIn(statuses, scope(), newestFirst(pageable));
    }

    @PreAuthorize(Roles.IS_MAYOR_LIAISON_OR_ADMIN)
    @Transactional(readOnly = true)
    public long countProposals(Collection<TwinningStatus> statuses) {
        return twinnings.countByStatusIn(statuses, scope());
    }

    /** Partnerships (active, suspended, concluded); {@code mine} limits them to a mayor's municipality. */
    @Transactional(readOnly = true)
    public List<Twinning> partnerships(Collection<TwinningStatus> statuses, boolean mine, Pageable pageable) {
        return twinnings.findByStatusIn(partnershipStatuses(statuses), mine ? ownMunicipality() : null,
                newestFirst(pageable));
    }

    @Transactional(readOnly = true)
    public long countPartnerships(Collection<TwinningStatus> statuses, boolean mine) {
        return twinnings.countByStatusIn(partnershipStatuses(statuses), mine ? ownMunicipality() : null);
    }

    /** Open twinnings (pending or running) of a municipality, by the other municipality's id. */
    @Transactional(readOnly = true)
    public Map<Long, Twinning> openTwinningsOf(Long municipalityId) {
        Map<Long, Twinning> open = new LinkedHashMap<>();
        twinnings.findOpenOf(municipalityId).forEach(t -> open.put(t.otherThan(municipalityId), t));
        return open;
    }

    /** Twinnings waiting for something the signed-in mayor or liaison must do. */
    @Transactional(readOnly = true)
    public List<Twinning> awaitingMyAction() {
        SignedInUser user = currentUser.require();
        Set<TwinningStatus> statuses = EnumSet.noneOf(TwinningStatus.class);
        if (user.hasRole(Role.LIAISON)) {
            statuses.add(TwinningStatus.PROPOSED);
        }
        if (user.hasRole(Role.MAYOR) && user.municipalityId() != null) {
            statuses.addAll(EnumSet.of(TwinningStatus.VETTED, TwinningStatus.ACCEPTED));
        }
        if (statuses.isEmpty()) {
            return List.of();
        }
        Long scope = user.hasRole(Role.LIAISON) ? null : user.municipalityId();
        return twinnings.findByStatusIn(statuses, scope, newestFirst(PageRequest.of(0, 200))).stream()
                .filter(t -> !allowedActions(t).isEmpty())
                .filter(t -> !(t.getStatus() == TwinningStatus.VETTED && !t.getPartnerId().equals(user.municipalityId())))
                .toList();
    }

    /** Running partnerships with a goal past its target date that is neither done nor dropped, or suspended. */
    @Transactional(readOnly = true)
    public long countNeedingAttention() {
        return queries.countNeedingAttention(LocalDate.now(clock));
    }

    public Map<Long, MunicipalityName> names(Twinning... ts) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Twinning t : ts) {
            ids.add(t.getProposerId());
            ids.add(t.getPartnerId());
        }
        return municipalities.names(ids);
    }

    private Long scope() {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.LIAISON) || user.hasRole(Role.ADMIN)) {
            return null;
        }
        return ownMunicipality();
    }

    private Long ownMunicipality() {
        SignedInUser user = currentUser.require();
        // -1 matches nothing: a mayor without a municipality sees no twinnings of "theirs"
        return user.hasRole(Role.MAYOR) && user.municipalityId() != null ? user.municipalityId() : -1L;
    }

    private static Collection<TwinningStatus> partnershipStatuses(Collection<TwinningStatus> wanted) {
        Set<TwinningStatus> statuses = EnumSet.noneOf(TwinningStatus.class);
        (wanted == null || wanted.isEmpty() ? TwinningStatus.PARTNERSHIP : wanted).stream()
                .filter(TwinningStatus.PARTNERSHIP::contains).forEach(statuses::add);
        return statuses.isEmpty() ? TwinningStatus.PARTNERSHIP : statuses;
    }

    private static Pageable newestFirst(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "updatedAt", "id"));
    }

    // ---------------------------------------------------------------- work plans and exchanges

    /** A year's plan with its goals and rolled-up progress. */
    public record PlanWithGoals(WorkPlan plan, List<WorkPlanGoal> goals) {
        /** The average progress of the goals that are not dropped (0 without any). */
        public int progress() {
            return WorkPlanProgress.of(goals);
        }
    }

    @Transactional(readOnly = true)
    public List<PlanWithGoals> workPlans(Long twinningId) {
        get(twinningId);
        return plans.findByTwinningIdOrderByYearDesc(twinningId).stream()
                .map(p -> new PlanWithGoals(p, goals.findByWorkPlanIdOrderByTargetDateAscIdAsc(p.getId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Exchange> exchanges(Long twinningId) {
        get(twinningId);
        return exchanges.findByTwinningIdOrderByStartDateDescIdDesc(twinningId);
    }

    /** Whether the signed-in user may change work plans and exchanges of this partnership now. */
    public boolean canEditPartnership(Twinning t) {
        SignedInUser user = currentUser.get().orElse(null);
        return user != null && TwinningStatus.RUNNING.contains(t.getStatus())
                && (user.hasRole(Role.LIAISON) || (user.hasRole(Role.MAYOR) && t.involves(user.municipalityId())));
    }

    private Twinning editablePartnership(Long twinningId) {
        Twinning t = twinnings.findForUpdate(twinningId).orElseThrow(RecordNotFoundException::new);
        SignedInUser user = currentUser.require();
        if (!(user.hasRole(Role.LIAISON) || (user.hasRole(Role.MAYOR) && t.involves(user.municipalityId())))) {
            throw new AccessDeniedException("Only a liaison or the partners' mayors change a partnership");
        }
        if (!TwinningStatus.RUNNING.contains(t.getStatus())) {
            throw new BusinessException("twinning.error.read-only");
        }
        return t;
    }

    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public WorkPlanGoal addGoal(Long twinningId, int year, @Valid WorkPlanGoal values) {
        editablePartnership(twinningId);
        if (year < 2000 || year > 2100) {
            throw new BusinessException("twinning.error.year");
        }
        WorkPlan plan = plans.findByTwinningIdAndYear(twinningId, year).orElseGet(() -> {
            WorkPlan created = plans.saveAndFlush(new WorkPlan(twinningId, year));
            audit.record("CREATE", "WorkPlan", created.getId(), null, Map.of("twinning", twinningId, "year", year));
            return created;
        });
        WorkPlanGoal goal = new WorkPlanGoal();
        goal.belongsTo(plan.getId());
        goal.copyFrom(values);
        goal = goals.saveAndFlush(goal);
        audit.record("CREATE", "WorkPlanGoal", goal.getId(), null, goalSnapshot(goal));
        return goal;
    }

    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public WorkPlanGoal updateGoal(Long goalId, long version, @Valid WorkPlanGoal values) {
        WorkPlanGoal goal = goals.findById(goalId).orElseThrow(RecordNotFoundException::new);
        WorkPlan plan = plans.findById(goal.getWorkPlanId()).orElseThrow(RecordNotFoundException::new);
        editablePartnership(plan.getTwinningId());
        if (goal.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(WorkPlanGoal.class, goalId);
        }
        Map<String, Object> before = goalSnapshot(goal);
        goal.copyFrom(values);
        goals.saveAndFlush(goal);
        audit.record("UPDATE", "WorkPlanGoal", goalId, before, goalSnapshot(goal));
        return goal;
    }

    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public Exchange addExchange(Long twinningId, @Valid Exchange values) {
        Twinning t = editablePartnership(twinningId);
        if (!t.involves(values.getHostId())) {
            throw new BusinessException("twinning.error.host");
        }
        Exchange exchange = new Exchange();
        exchange.belongsTo(twinningId);
        exchange.copyFrom(values);
        exchange = exchanges.saveAndFlush(exchange);
        audit.record("CREATE", "Exchange", exchange.getId(), null, exchangeSnapshot(exchange));
        return exchange;
    }

    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public Exchange updateExchange(Long exchangeId, long version, @Valid Exchange values) {
        Exchange exchange = exchanges.findById(exchangeId).orElseThrow(RecordNotFoundException::new);
        Twinning t = editablePartnership(exchange.getTwinningId());
        if (!t.involves(values.getHostId())) {
            throw new BusinessException("twinning.error.host");
        }
        if (exchange.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Exchange.class, exchangeId);
        }
        Map<String, Object> before = exchangeSnapshot(exchange);
        exchange.copyFrom(values);
        exchanges.saveAndFlush(exchange);
        audit.record("UPDATE", "Exchange", exchangeId, before, exchangeSnapshot(exchange));
        return exchange;
    }

    private static Map<String, Object> goalSnapshot(WorkPlanGoal g) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("plan", g.getWorkPlanId());
        map.put("description", g.getDescription());
        map.put("owner", g.getOwner());
        map.put("targetDate", g.getTargetDate());
        map.put("status", g.getStatus());
        map.put("progress", g.getProgress());
        return map;
    }

    private static Map<String, Object> exchangeSnapshot(Exchange e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("twinning", e.getTwinningId());
        map.put("host", e.getHostId());
        map.put("start", e.getStartDate());
        map.put("end", e.getEndDate());
        map.put("participants", e.getParticipants());
        map.put("topic", e.getTopic());
        map.put("outcome", e.getOutcome());
        return map;
    }

    // ---------------------------------------------------------------- notifications

    private void notifyOtherSide(Twinning t, TwinningAction action, TwinningStatus before, SignedInUser actor) {
        Set<Long> recipients = new LinkedHashSet<>();
        switch (action) {
            case VET -> {
                recipients.addAll(mayorIds(t.getProposerId()));
                recipients.addAll(mayorIds(t.getPartnerId()));
            }
            case REJECT -> recipients.addAll(mayorIds(t.getProposerId()));
            case WITHDRAW -> {
                if (before == TwinningStatus.PROPOSED) {
                    recipients.addAll(users.idsWithRole(Role.LIAISON));
                } else {
                    recipients.addAll(mayorIds(t.getPartnerId()));
                    addIfPresent(recipients, t.getVettedBy());
                }
            }
            case ACCEPT, DECLINE -> {
                recipients.addAll(mayorIds(t.getProposerId()));
                addIfPresent(recipients, t.getVettedBy());
            }
            default -> {
                recipients.addAll(mayorIds(t.getProposerId()));
                recipients.addAll(mayorIds(t.getPartnerId()));
                addIfPresent(recipients, t.getVettedBy());
            }
        }
        recipients.remove(actor.id());
        String key = action == TwinningAction.SIGN && t.getStatus() == TwinningStatus.ACTIVE
                ? "twinning.notification.ACTIVE" : "twinning.notification." + action.name();
        notifyAll(recipients, key, t, names(t));
    }

    private void notifyAll(Collection<Long> recipients, String key, Twinning t, Map<Long, MunicipalityName> names) {
        String link = t.isPartnership() ? "twinning/partnerships/" + t.getId() : "twinning/proposals";
        String proposer = names.get(t.getProposerId()).name();
        String partner = names.get(t.getPartnerId()).name();
        String actor = currentUser.require().fullName();
        for (Long recipient : new LinkedHashSet<>(recipients)) {
            notifications.notify(recipient, key, link, proposer, partner, actor);
        }
    }

    private List<Long> mayorIds(Long municipalityId) {
        return users.mayorsOf(municipalityId).stream().map(UserSummary::id).toList();
    }

    private static void addIfPresent(Set<Long> set, Long id) {
        if (id != null) {
            set.add(id);
        }
    }
}
