package org.imc.platform.workplan;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Annual work plans with their goals, indicators and measurements, for partnerships and
 * affiliate agreements alike. Who reads and who changes them is the owning feature's answer
 * ({@link PlanOwners}); every change takes the owner's lock first, then is audited.
 */
@Service
@Validated
@PreAuthorize(Roles.SIGNED_IN)
public class WorkPlanService {

    private final Map<PlanOwnerKind, PlanOwners> owners = new EnumMap<>(PlanOwnerKind.class);
    private final WorkPlanRepository plans;
    private final WorkPlanGoalRepository goals;
    private final GoalIndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final SdgService sdgs;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    WorkPlanService(
            List<PlanOwners> ownerKinds,
            WorkPlanRepository plans,
            WorkPlanGoalRepository goals,
            GoalIndicatorRepository indicators,
            MeasurementRepository measurements,
            SdgService sdgs,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        ownerKinds.forEach(o -> owners.put(o.kind(), o));
        this.plans = plans;
        this.goals = goals;
        this.indicators = indicators;
        this.measurements = measurements;
        this.sdgs = sdgs;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    private PlanOwners of(PlanOwner owner) {
        PlanOwners o = owners.get(owner.kind());
        if (o == null) {
            throw new IllegalStateException("no work-plan owner for " + owner.kind());
        }
        return o;
    }

    /** The work plans of something the user may see, latest year first, with their goals' indicators. */
    @Transactional(readOnly = true)
    public List<PlanWithGoals> workPlans(PlanOwner owner) {
        of(owner).requireReadable(owner.id());
        return plans.findByOwnerKindAndOwnerIdOrderByYearDesc(owner.kind(), owner.id()).stream()
                .map(p -> {
                    List<WorkPlanGoal> list = goals.findByWorkPlanIdOrderByTargetDateAscIdAsc(p.getId());
                    Map<Long, GoalIndicator> measured =
                            indicators
                                    .findByGoalIdIn(list.stream()
                                            .map(WorkPlanGoal::getId)
                                            .toList())
                                    .stream()
                                    .collect(Collectors.toMap(GoalIndicator::getGoalId, Function.identity()));
                    return new PlanWithGoals(p, list, measured);
                })
                .toList();
    }

    /** Whether the signed-in user may change these work plans now. */
    @Transactional(readOnly = true)
    public boolean canEdit(PlanOwner owner) {
        return of(owner).canEdit(owner.id());
    }

    /**
     * Adds a goal to the plan for {@code year} (2000–2100), creating the plan; the owning
     * feature says who may.
     */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public WorkPlanGoal addGoal(PlanOwner owner, int year, @Valid GoalData data) {
        editable(owner);
        if (year < 2000 || year > 2100) {
            throw new BusinessException("twinning.error.year");
        }
        sdgs.requireKnown(data.sdgTargets());
        WorkPlan plan = plans.findByOwnerKindAndOwnerIdAndYear(owner.kind(), owner.id(), year)
                .orElseGet(() -> {
                    WorkPlan created = plans.saveAndFlush(new WorkPlan(owner, year));
                    audit.record("CREATE", "WorkPlan", created.getId(), null, created.snapshot());
                    return created;
                });
        WorkPlanGoal goal = goals.saveAndFlush(new WorkPlanGoal(plan.getId(), data));
        audit.record("CREATE", "WorkPlanGoal", goal.getId(), null, goal.snapshot());
        return goal;
    }

    /** Changes a goal the user saw at {@code expectedVersion}; a measured goal keeps its measured progress. */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public WorkPlanGoal updateGoal(Long goalId, long expectedVersion, @Valid GoalData data) {
        WorkPlanGoal goal = editableGoal(goalId);
        goal.requireVersion(expectedVersion);
        sdgs.requireKnown(data.sdgTargets());
        Map<String, Object> before = goal.snapshot();
        goal.update(data, indicators.findByGoalId(goalId).isPresent());
        goals.saveAndFlush(goal);
        audit.record("UPDATE", "WorkPlanGoal", goalId, before, goal.snapshot());
        return goal;
    }

    /** The indicator of a goal the user may see, if it has one. */
    @Transactional(readOnly = true)
    public java.util.Optional<GoalIndicator> indicator(Long goalId) {
        readableGoal(goalId);
        return indicators.findByGoalId(goalId);
    }

    /** The measurements of a goal the user may see, latest first. */
    @Transactional(readOnly = true)
    public List<Measurement> measurements(Long goalId) {
        readableGoal(goalId);
        return indicators
                .findByGoalId(goalId)
                .map(i -> measurements.findByIndicatorIdOrderByMeasuredOnDescIdDesc(i.getId()))
                .orElse(List.of());
    }

    /**
     * Gives a goal its indicator, or changes it ({@code expectedVersion} is the indicator's, or
     * ignored for a new one). The goal's progress is recomputed from the latest measurement.
     */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public GoalIndicator defineIndicator(Long goalId, long expectedVersion, @Valid IndicatorData data) {
        WorkPlanGoal goal = editableGoal(goalId);
        GoalIndicator indicator = indicators.findByGoalId(goalId).orElse(null);
        if (indicator == null) {
            indicator = indicators.saveAndFlush(new GoalIndicator(goalId, data));
            audit.record("CREATE", "GoalIndicator", indicator.getId(), null, indicator.snapshot());
        } else {
            indicator.requireVersion(expectedVersion);
            Map<String, Object> before = indicator.snapshot();
            indicator.update(data);
            indicators.saveAndFlush(indicator);
            audit.record("UPDATE", "GoalIndicator", indicator.getId(), before, indicator.snapshot());
        }
        remeasure(goal, indicator);
        return indicator;
    }

    /**
     * Records a measured value of a goal's indicator (the goal must have one; not in the future)
     * and sets the goal's progress from the latest measurement.
     */
    @PreAuthorize(Roles.IS_MAYOR_OR_LIAISON)
    @Transactional
    public Measurement recordMeasurement(Long goalId, @Valid MeasurementData data) {
        WorkPlanGoal goal = editableGoal(goalId);
        GoalIndicator indicator =
                indicators.findByGoalId(goalId).orElseThrow(() -> new BusinessException("workplan.error.no-indicator"));
        if (data.measuredOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("workplan.error.future-measurement");
        }
        Measurement m = measurements.saveAndFlush(
                new Measurement(indicator.getId(), data, currentUser.require().id()));
        audit.record("CREATE", "Measurement", m.getId(), null, m.snapshot());
        remeasure(goal, indicator);
        return m;
    }

    /**
     * The goals with an indicator whose work plans the user may read, latest plan year first: what
     * a practice's results may refer to.
     */
    @Transactional(readOnly = true)
    public List<MeasuredGoal> measuredGoals() {
        Map<PlanOwner, Boolean> readable = new java.util.HashMap<>();
        List<MeasuredGoal> list = new java.util.ArrayList<>();
        for (GoalIndicator indicator : indicators.findAll()) {
            WorkPlanGoal goal = goals.findById(indicator.getGoalId()).orElse(null);
            WorkPlan plan =
                    goal == null ? null : plans.findById(goal.getWorkPlanId()).orElse(null);
            if (plan != null && readable.computeIfAbsent(plan.owner(), this::mayRead)) {
                list.add(measured(goal, plan, indicator));
            }
        }
        list.sort(java.util.Comparator.comparingInt(MeasuredGoal::year)
                .reversed()
                .thenComparing(MeasuredGoal::goal, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    /** A goal with an indicator that the user may read, with its latest measurement; empty otherwise. */
    @Transactional(readOnly = true)
    public java.util.Optional<MeasuredGoal> measuredGoal(Long goalId) {
        WorkPlanGoal goal = goals.findById(goalId).orElse(null);
        WorkPlan plan =
                goal == null ? null : plans.findById(goal.getWorkPlanId()).orElse(null);
        if (plan == null || !mayRead(plan.owner())) {
            return java.util.Optional.empty();
        }
        return indicators.findByGoalId(goalId).map(i -> measured(goal, plan, i));
    }

    private boolean mayRead(PlanOwner owner) {
        return of(owner).canRead(owner.id());
    }

    private MeasuredGoal measured(WorkPlanGoal goal, WorkPlan plan, GoalIndicator i) {
        Measurement latest = measurements
                .findFirstByIndicatorIdOrderByMeasuredOnDescIdDesc(i.getId())
                .orElse(null);
        return new MeasuredGoal(
                goal.getId(),
                goal.getDescription(),
                plan.getYear(),
                i.getWhat(),
                i.getUnit(),
                i.getBaselineValue(),
                i.getTargetValue(),
                latest == null ? null : latest.getValue(),
                latest == null ? null : latest.getMeasuredOn());
    }

    /** Open goals past their target date in the plans of these owners, oldest first (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<OverdueGoal> overdueGoals(PlanOwnerKind kind, Collection<Long> ownerIds, int limit) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return goals.overdue(kind, ownerIds, LocalDate.now(clock), PageRequest.of(0, limit));
    }

    private void remeasure(WorkPlanGoal goal, GoalIndicator indicator) {
        Map<String, Object> before = goal.snapshot();
        int progress = measurements
                .findFirstByIndicatorIdOrderByMeasuredOnDescIdDesc(indicator.getId())
                .map(m -> indicator.progressAt(m.getValue()))
                .orElse(0);
        if (progress != goal.getProgress()) {
            goal.measured(progress);
            goals.saveAndFlush(goal);
            audit.record("MEASURE", "WorkPlanGoal", goal.getId(), before, goal.snapshot());
        }
    }

    private WorkPlanGoal editableGoal(Long goalId) {
        WorkPlanGoal goal = goals.findById(goalId).orElseThrow(RecordNotFoundException::new);
        WorkPlan plan = plans.findById(goal.getWorkPlanId()).orElseThrow(RecordNotFoundException::new);
        editable(plan.owner());
        return goal;
    }

    /** Throws unless the signed-in user may change the owner's work plans now; announces the change. */
    private void editable(PlanOwner owner) {
        PlanOwners owners = of(owner);
        owners.requireEditable(owner.id());
        owners.changing(owner.id());
    }

    private WorkPlanGoal readableGoal(Long goalId) {
        WorkPlanGoal goal = goals.findById(goalId).orElseThrow(RecordNotFoundException::new);
        WorkPlan plan = plans.findById(goal.getWorkPlanId()).orElseThrow(RecordNotFoundException::new);
        of(plan.owner()).requireReadable(plan.owner().id());
        return goal;
    }
}
