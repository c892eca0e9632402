package org.imc.platform.directory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.imc.platform.base.PlainText;

/**
 * An event of the network as the form edits it and the service validates it; the entity copies
 * from it (trimmed).
 */
public record EventData(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}") @PlainText
        String name,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}") @PlainText
        String organiser,

        @Size(max = 120, message = "{validation.max-length}") @PlainText
        String place,

        @NotNull(message = "{validation.required}") LocalDate startDate,
        @NotNull(message = "{validation.required}") LocalDate endDate,

        @Size(max = 300, message = "{validation.max-length}")
        @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{validation.url}")
        String link) {

    /** What a new event's form starts with. */
    public static EventData blank() {
        return new EventData("", "", null, null, null, null);
    }

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
