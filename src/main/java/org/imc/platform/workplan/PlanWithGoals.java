package org.imc.platform.workplan;

import java.util.List;
import java.util.Map;

/** A year's work plan with its goals, the indicators of the measured ones, and rolled-up progress. */
public record PlanWithGoals(WorkPlan plan, List<WorkPlanGoal> goals, Map<Long, GoalIndicator> indicators) {

    public PlanWithGoals {
        goals = List.copyOf(goals);
        indicators = Map.copyOf(indicators);
    }

    /** The average progress of the goals that are not dropped (0 without any). */
    public int progress() {
        return WorkPlanProgress.of(goals);
    }

    /** The goal's indicator, or {@code null} for a goal without one. */
    public GoalIndicator indicator(WorkPlanGoal goal) {
        return indicators.get(goal.getId());
    }
}
