package org.imc.platform.learning;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.imc.platform.base.PlainText;

/** A multiple-choice question as the trainer writes it: 2 to 6 options, one of them right. */
public record QuestionData(
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.max-length}") @PlainText
        String prompt,

        @NotNull(message = "{validation.required}") @Size(min = 2, max = 6, message = "{learning.validation.options}")
        List<
                        @NotBlank(message = "{validation.required}")
                        @Size(max = 500, message = "{validation.max-length}") @PlainText String>
                options,

        int correctOption) {

    @AssertTrue(message = "{learning.validation.correct-option}")
    public boolean isCorrectOptionListed() {
        return options != null && correctOption >= 0 && correctOption < options.size();
    }
}
