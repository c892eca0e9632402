package org.imc.platform.workplan;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.imc.platform.base.PlainText;

/** What a user writes about a goal's indicator. */
public record IndicatorData(
        @NotBlank(message = "{validation.required}")
        @Size(max = WHAT_MAX, message = "{validation.max-length}")
        @PlainText
        String what,

        @NotBlank(message = "{validation.required}")
        @Size(max = UNIT_MAX, message = "{validation.max-length}")
        @PlainText
        String unit,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "-1000000000000", message = "{workplan.validation.value}")
        @DecimalMax(value = "1000000000000", message = "{workplan.validation.value}")
        BigDecimal baselineValue,

        @NotNull(message = "{validation.required}") LocalDate baselineDate,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "-1000000000000", message = "{workplan.validation.value}")
        @DecimalMax(value = "1000000000000", message = "{workplan.validation.value}")
        BigDecimal targetValue,

        @NotNull(message = "{validation.required}") LocalDate targetDate) {

    public static final int WHAT_MAX = 200;
    public static final int UNIT_MAX = 40;

    public static IndicatorData blank() {
        return new IndicatorData("", "", null, null, null, null);
    }

    public static IndicatorData of(GoalIndicator i) {
        return new IndicatorData(
                i.getWhat(),
                i.getUnit(),
                i.getBaselineValue(),
                i.getBaselineDate(),
                i.getTargetValue(),
                i.getTargetDate());
    }

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isTargetAfterBaseline() {
        return baselineDate == null || targetDate == null || !targetDate.isBefore(baselineDate);
    }
}
