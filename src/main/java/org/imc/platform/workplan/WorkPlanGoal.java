package org.imc.platform.workplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.sdg.SdgService;

/**
 * One goal of an annual work plan, tagged with SDG targets. Forms edit a {@link GoalData}; the
 * goal copies it. A goal with an indicator takes its progress from the latest measurement.
 */
@Entity
@Table(name = "work_plan_goal")
public class WorkPlanGoal extends BaseEntity {

    @Column(name = "work_plan_id", nullable = false, updatable = false)
    private Long workPlanId;

    @Column(nullable = false, length = GoalData.DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = GoalData.OWNER_MAX)
    private String owner;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GoalStatus status = GoalStatus.PLANNED;

    @Column(nullable = false)
    private Integer progress = 0;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_plan_goal_sdg", joinColumns = @JoinColumn(name = "goal_id"))
    @Column(name = "target_code", length = 6)
    private Set<String> sdgTargets = new HashSet<>();

    protected WorkPlanGoal() {}

    WorkPlanGoal(Long workPlanId, GoalData data) {
        this.workPlanId = workPlanId;
        update(data, false);
    }

    /** Takes the (validated) values a user wrote, trimmed; a measured goal keeps its measured progress. */
    void update(GoalData data, boolean measured) {
        description = data.description().trim();
        owner = data.owner().trim();
        targetDate = data.targetDate();
        status = data.status();
        if (!measured) {
            progress = data.progress();
        }
        sdgTargets.clear();
        sdgTargets.addAll(data.sdgTargets() == null ? Set.of() : data.sdgTargets());
    }

    /** The progress the indicator's latest measurement gives. */
    void measured(int percent) {
        progress = percent;
    }

    Map<String, Object> snapshot() {
        return Snapshot.of(
                "plan", workPlanId,
                "description", description,
                "owner", owner,
                "targetDate", targetDate,
                "status", status,
                "progress", progress,
                "sdgTargets", new TreeSet<>(sdgTargets));
    }

    public Long getWorkPlanId() {
        return workPlanId;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public Integer getProgress() {
        return progress;
    }

    /** The SDG targets, in the UN's order. */
    public List<String> getSdgTargets() {
        return sdgTargets.stream().sorted(SdgService::compareCodes).toList();
    }

    /** Open and past its target date. */
    public boolean isOverdue(LocalDate today) {
        return (status == GoalStatus.PLANNED || status == GoalStatus.IN_PROGRESS) && targetDate.isBefore(today);
    }
}
