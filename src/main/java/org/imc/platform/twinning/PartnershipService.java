package org.imc.platform.twinning;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Calendars;
import org.imc.platform.base.PublicLinks;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.workplan.GoalData;
import org.imc.platform.workplan.PlanOwner;
import org.imc.platform.workplan.PlanWithGoals;
import org.imc.platform.workplan.WorkPlanGoal;
import org.imc.platform.workplan.WorkPlanService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A running partnership's annual work plans (goals and their progress) and its exchanges.
 * Everyone who may see the partnership reads them; a liaison or either partner's mayor changes
 * them while the partnership runs (active or suspended); concluded ones are read-only. Changes
 * lock the twinning's row, so they wait for a status change under way.
 */
@Service
@Validated
@PreAuthorize(Roles.SIGNED_IN)
public class PartnershipService {

    private final TwinningRepository twinnings;
    private final WorkPlanService workPlans;
    private final ExchangeRepository exchanges;
    private final TwinningReader reader;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final TwinningNotifier notifier;
    private final MunicipalityService municipalities;
    private final PublicLinks links;
    private final ChangeFeed changes;

    PartnershipService(
            TwinningRepository twinnings,
            WorkPlanService workPlans,
            ExchangeRepository exchanges,
            TwinningReader reader,
            CurrentUser currentUser,
            AuditService audit,
            TwinningNotifier notifier,
            MunicipalityService municipalities,
            PublicLinks links,
            ChangeFeed changes) {
        this.changes = changes;
        this.notifier = notifier;
        this.municipalities = municipalities;
        this.links = links;
        this.twinnings = twinnings;
        this.workPlans = workPlans;
        this.exchanges = exchanges;
        this.reader = reader;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The work plans of a twinning the user may see, latest year first (the shared work-plan module's). */
    @Transactional(readOnly = true)
    public List<PlanWithGoals> workPlans(Long twinningId) {
        return workPlans.workPlans(PlanOwner.partnership(twinningId));
    }

    /** The exchanges of a twinning the user may see, latest first. */
    @Transactional(readOnly = true)
    public List<Exchange> exchanges(Long twinningId) {
        reader.get(twinningId);
        return exchanges.findByTwinningIdOrderByStartDateDescIdDesc(twinningId);
    }

    /** Whether the signed-in user may change work plans and exchanges of this partnership now. */
    public boolean canEditPartnership(Twinning t) {
        SignedInUser user = currentUser.get().orElse(null);
        return user != null && TwinningStatus.RUNNING.contains(t.getStatus()) && PartnershipPlans.mayEdit(t, user);
    }

    private Twinning editablePartnership(Long twinningId) {
        return PartnershipPlans.editable(twinnings, currentUser, twinningId);
    }

    /**
     * Adds a goal to the partnership's plan for {@code year} (2000–2100), creating the plan.
     * A liaison or either partner's mayor, while the partnership runs.
     */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public WorkPlanGoal addGoal(Long twinningId, int year, @Valid GoalData data) {
        return workPlans.addGoal(PlanOwner.partnership(twinningId), year, data);
    }

    /** Changes a goal the user saw at {@code expectedVersion}; the same people as {@link #addGoal}. */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public WorkPlanGoal updateGoal(Long goalId, long expectedVersion, @Valid GoalData data) {
        return workPlans.updateGoal(goalId, expectedVersion, data);
    }

    /**
     * Records a visit hosted by one of the two partner cities (refused otherwise). A liaison or
     * either partner's mayor, while the partnership runs.
     */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public Exchange addExchange(Long twinningId, @Valid ExchangeData data) {
        requireHost(editablePartnership(twinningId), data);
        Twinning t = editablePartnership(twinningId);
        Exchange exchange = exchanges.saveAndFlush(new Exchange(twinningId, data));
        audit.record("CREATE", "Exchange", exchange.getId(), null, exchange.snapshot());
        changes.changed(Topic.twinning(twinningId));
        notifier.exchangeScheduled(t, exchange, calendarOf(t, exchange));
        return exchange;
    }

    /** An exchange of a partnership the user may see, as a calendar entry (iCalendar text). */
    @Transactional(readOnly = true)
    public String exchangeCalendar(Long exchangeId) {
        Exchange exchange = exchanges.findById(exchangeId).orElseThrow(RecordNotFoundException::new);
        return calendarOf(reader.get(exchange.getTwinningId()), exchange);
    }

    private String calendarOf(Twinning t, Exchange x) {
        String host = municipalities
                .names(List.of(x.getHostMunicipalityId()))
                .get(x.getHostMunicipalityId())
                .name();
        return Calendars.allDay(
                new Calendars.Entry(
                        "imc-exchange-" + x.getId() + "@imc",
                        x.getTopic() + " – " + host,
                        x.getParticipants(),
                        host,
                        links.of("twinning/partnerships/" + t.getId())),
                x.getStartDate(),
                x.getEndDate());
    }

    /** Changes an exchange the user saw at {@code expectedVersion}; the same rules as {@link #addExchange}. */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public Exchange updateExchange(Long exchangeId, long expectedVersion, @Valid ExchangeData data) {
        Exchange exchange = exchanges.findById(exchangeId).orElseThrow(RecordNotFoundException::new);
        requireHost(editablePartnership(exchange.getTwinningId()), data);
        exchange.requireVersion(expectedVersion);
        Map<String, Object> before = exchange.snapshot();
        exchange.update(data);
        exchanges.saveAndFlush(exchange);
        audit.record("UPDATE", "Exchange", exchangeId, before, exchange.snapshot());
        changes.changed(Topic.twinning(exchange.getTwinningId()));
        return exchange;
    }

    private static void requireHost(Twinning t, ExchangeData data) {
        if (!t.involves(data.hostMunicipalityId())) {
            throw new BusinessException("twinning.error.host");
        }
    }
}
