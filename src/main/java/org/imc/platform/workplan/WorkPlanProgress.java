package org.imc.platform.workplan;

import java.util.List;

/** How a work plan's progress rolls up from its goals: the average of the goals not dropped. */
final class WorkPlanProgress {

    private WorkPlanProgress() {}

    static int of(List<WorkPlanGoal> goals) {
        List<WorkPlanGoal> counted =
                goals.stream().filter(g -> g.getStatus() != GoalStatus.DROPPED).toList();
        if (counted.isEmpty()) {
            return 0;
        }
        int sum = counted.stream()
                .mapToInt(g -> g.getStatus() == GoalStatus.DONE ? 100 : g.getProgress())
                .sum();
        return Math.round((float) sum / counted.size());
    }
}
