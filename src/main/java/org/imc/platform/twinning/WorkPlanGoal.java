package org.imc.platform.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/** One goal of an annual work plan. Forms edit a {@link GoalData}; the goal copies it. */
@Entity
@Table(name = "twinning_goal")
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

    protected WorkPlanGoal() {}

    WorkPlanGoal(Long workPlanId, GoalData data) {
        this.workPlanId = workPlanId;
        update(data);
    }

    /** Takes the (validated) values a user wrote, trimmed. */
    void update(GoalData data) {
        description = data.description().trim();
        owner = data.owner().trim();
        targetDate = data.targetDate();
        status = data.status();
        progress = data.progress();
    }

    Map<String, Object> snapshot() {
        return Snapshot.of(
                "plan", workPlanId,
                "description", description,
                "owner", owner,
                "targetDate", targetDate,
                "status", status,
                "progress", progress);
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
}
