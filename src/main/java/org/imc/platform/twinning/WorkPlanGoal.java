package org.imc.platform.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imc.platform.base.BaseEntity;
import org.imc.platform.base.PlainText;

import java.time.LocalDate;

/** One goal of an annual work plan. Forms edit a copy; the service copies valid values back. */
@Entity
@Table(name = "twinning_goal")
public class WorkPlanGoal extends BaseEntity {

    @Column(name = "work_plan_id", nullable = false, updatable = false)
    private Long workPlanId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 500)
    private String description = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.max-length}")
    @PlainText
    @Column(nullable = false, length = 120)
    private String owner = "";

    @NotNull(message = "{validation.required}")
    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GoalStatus status = GoalStatus.PLANNED;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{twinning.validation.progress}")
    @Max(value = 100, message = "{twinning.validation.progress}")
    @Column(nullable = false)
    private Integer progress = 0;

    public WorkPlanGoal() {
    }

    public WorkPlanGoal copy() {
        WorkPlanGoal copy = new WorkPlanGoal();
        copy.workPlanId = workPlanId;
        copy.copyFrom(this);
        return copy;
    }

    void copyFrom(WorkPlanGoal other) {
        description = other.description == null ? null : other.description.trim();
        owner = other.owner == null ? null : other.owner.trim();
        targetDate = other.targetDate;
        status = other.status;
        progress = other.progress;
    }

    void belongsTo(Long planId) {
        this.workPlanId = planId;
    }

    public Long getWorkPlanId() {
        return workPlanId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public void setStatus(GoalStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }
}
