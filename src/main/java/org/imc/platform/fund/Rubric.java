package org.imc.platform.fund;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An officer's scores, 1 (weak) to 5 (strong). The priority score (20–100) weighs public-health
 * impact 35 %, beneficiaries 25 %, financial capacity 20 % and readiness 20 %.
 */
public record Rubric(
        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{fund.validation.score}")
        @Max(value = 5, message = "{fund.validation.score}")
        Integer publicHealth,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{fund.validation.score}")
        @Max(value = 5, message = "{fund.validation.score}")
        Integer beneficiaries,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{fund.validation.score}")
        @Max(value = 5, message = "{fund.validation.score}")
        Integer financialCapacity,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{fund.validation.score}")
        @Max(value = 5, message = "{fund.validation.score}")
        Integer readiness) {

    public BigDecimal priorityScore() {
        BigDecimal weighted = BigDecimal.valueOf(
                publicHealth * 35L + beneficiaries * 25L + financialCapacity * 20L + readiness * 20L);
        // each score out of 5, weights out of 100: sum / 5 gives 20..100
        return weighted.divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
    }
}
