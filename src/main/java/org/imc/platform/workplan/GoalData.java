package org.imc.platform.workplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.imc.platform.base.PlainText;

/** What a user writes about a work-plan goal (and its SDG target codes); the goal form binds it and the service takes it. */
public record GoalData(
        @NotBlank(message = "{validation.required}")
        @Size(max = DESCRIPTION_MAX, message = "{validation.max-length}")
        @PlainText
        String description,

        @NotBlank(message = "{validation.required}")
        @Size(max = OWNER_MAX, message = "{validation.max-length}")
        @PlainText
        String owner,

        @NotNull(message = "{validation.required}") LocalDate targetDate,

        @NotNull(message = "{validation.required}") GoalStatus status,

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{twinning.validation.progress}")
        @Max(value = 100, message = "{twinning.validation.progress}")
        Integer progress,

        Set<String> sdgTargets) {

    public static final int DESCRIPTION_MAX = 500;
    public static final int OWNER_MAX = 120;

    /** An empty form for a new goal: planned, nothing done yet. */
    public static GoalData blank() {
        return new GoalData("", "", null, GoalStatus.PLANNED, 0, Set.of());
    }

    /** The values of an existing goal, to edit. */
    public static GoalData of(WorkPlanGoal goal) {
        return new GoalData(
                goal.getDescription(),
                goal.getOwner(),
                goal.getTargetDate(),
                goal.getStatus(),
                goal.getProgress(),
                Set.copyOf(goal.getSdgTargets()));
    }
}
