package org.imc.platform.workplan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.imc.platform.base.PlainText;

/** A measured value as a user records it: value, date and where it comes from. */
public record MeasurementData(
        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "-1000000000000", message = "{workplan.validation.value}")
        @DecimalMax(value = "1000000000000", message = "{workplan.validation.value}")
        BigDecimal value,

        @NotNull(message = "{validation.required}") LocalDate measuredOn,

        @NotBlank(message = "{validation.required}")
        @Size(max = SOURCE_MAX, message = "{validation.max-length}")
        @PlainText
        String source) {

    public static final int SOURCE_MAX = 300;

    public static MeasurementData blank() {
        return new MeasurementData(null, null, "");
    }
}
