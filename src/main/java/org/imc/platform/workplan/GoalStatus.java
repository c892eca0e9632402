package org.imc.platform.workplan;

/** Where a work-plan goal stands. */
public enum GoalStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public String labelKey() {
        return "twinning.goal.status." + name();
    }
}
