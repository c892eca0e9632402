package org.imc.platform.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.imc.platform.base.PlainText;

/**
 * What a trainer enters for a module. The body is Markdown (shown with any raw HTML escaped); the
 * video link must be https; pass mark (percent) and attempts apply when the module has questions.
 */
public record ModuleData(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}") @PlainText
        String title,

        @Size(max = 50_000, message = "{validation.max-length}")
        String body,

        @Size(max = 500, message = "{validation.max-length}")
        @Pattern(regexp = "^(https://[^\\s<>\"]+)?$", message = "{learning.validation.https}")
        String videoUrl,

        @NotNull(message = "{learning.validation.pass-mark}")
        @Min(value = 1, message = "{learning.validation.pass-mark}")
        @Max(value = 100, message = "{learning.validation.pass-mark}")
        Integer passMark,

        @NotNull(message = "{learning.validation.attempts}")
        @Min(value = 1, message = "{learning.validation.attempts}")
        @Max(value = 20, message = "{learning.validation.attempts}")
        Integer maxAttempts) {

    public static ModuleData blank() {
        return new ModuleData("", null, null, 80, 3);
    }

    public static ModuleData of(CourseModule m) {
        return new ModuleData(m.getTitle(), m.getBody(), m.getVideoUrl(), m.getPassMark(), m.getMaxAttempts());
    }
}
