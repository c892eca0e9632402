package org.imc.platform.workplan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A work-plan goal with an indicator, as a practice's results refer to it: the goal, what is
 * measured and in which unit, baseline and target, and the latest measurement (null while none).
 */
public record MeasuredGoal(
        Long goalId,
        String goal,
        int year,
        String what,
        String unit,
        BigDecimal baseline,
        BigDecimal target,
        BigDecimal latestValue,
        LocalDate latestDate) {}
