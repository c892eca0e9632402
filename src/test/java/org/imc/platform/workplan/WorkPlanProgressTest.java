package org.imc.platform.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkPlanProgressTest {

    @Test
    void workPlanProgressIsTheAverageOfGoalsNotDropped() {
        WorkPlanGoal half = goal(GoalStatus.IN_PROGRESS, 50);
        WorkPlanGoal done = goal(GoalStatus.DONE, 80);
        WorkPlanGoal dropped = goal(GoalStatus.DROPPED, 0);
        assertThat(WorkPlanProgress.of(List.of(half, done, dropped))).isEqualTo(75);
        assertThat(WorkPlanProgress.of(List.of())).isZero();
    }

    @Test
    void indicatorProgressRunsFromBaselineToTargetInEitherDirection() {
        GoalIndicator more = indicator("100", "500");
        assertThat(more.progressAt(new BigDecimal("100"))).isZero();
        assertThat(more.progressAt(new BigDecimal("300"))).isEqualTo(50);
        assertThat(more.progressAt(new BigDecimal("700"))).isEqualTo(100);
        assertThat(more.progressAt(new BigDecimal("50"))).isZero();
        GoalIndicator fewer = indicator("40", "10");
        assertThat(fewer.progressAt(new BigDecimal("31"))).isEqualTo(30);
        assertThat(fewer.progressAt(new BigDecimal("10"))).isEqualTo(100);
        GoalIndicator flat = indicator("5", "5");
        assertThat(flat.progressAt(new BigDecimal("5"))).isEqualTo(100);
        assertThat(flat.progressAt(new BigDecimal("4"))).isZero();
    }

    private static GoalIndicator indicator(String baseline, String target) {
        return new GoalIndicator(
                null,
                new IndicatorData(
                        "Households connected",
                        "households",
                        new BigDecimal(baseline),
                        LocalDate.of(2026, 1, 1),
                        new BigDecimal(target),
                        LocalDate.of(2027, 1, 1)));
    }

    private static WorkPlanGoal goal(GoalStatus status, int progress) {
        return new WorkPlanGoal(
                null,
                new GoalData("A goal", "An owner", LocalDate.of(2027, 1, 1), status, progress, java.util.Set.of()));
    }
}
