package org.imc.platform.twinning;

import java.util.List;

/** A year's work plan with its goals and rolled-up progress. */
public record PlanWithGoals(WorkPlan plan, List<WorkPlanGoal> goals) {

    /** The average progress of the goals that are not dropped (0 without any). */
    public int progress() {
        return WorkPlanProgress.of(goals);
    }
}
