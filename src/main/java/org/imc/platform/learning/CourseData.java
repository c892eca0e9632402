package org.imc.platform.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.imc.platform.base.PlainText;
import org.imc.platform.base.SubProgramme;

/** What a trainer enters for a course; the form binds it and {@link CourseService} takes it. */
public record CourseData(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}") @PlainText
        String title,

        @Size(max = 4000, message = "{validation.max-length}") @PlainText
        String description,

        @NotNull(message = "{validation.required}") SubProgramme subProgramme,

        @NotNull(message = "{validation.required}") CourseLanguage language,

        @NotNull(message = "{validation.required}") CourseFormat format,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{learning.validation.duration}")
        @Max(value = 1000, message = "{learning.validation.duration}")
        Integer durationHours,

        Long prerequisiteId,

        Set<String> sdgTargets) {

    /** A new course's starting values. */
    public static CourseData blank() {
        return new CourseData("", null, null, CourseLanguage.ENGLISH, CourseFormat.LIVE_ONLINE, null, null, Set.of());
    }

    /** The values of an existing course, to edit. */
    public static CourseData of(Course c) {
        return new CourseData(
                c.getTitle(),
                c.getDescription(),
                c.getSubProgramme(),
                c.getLanguage(),
                c.getFormat(),
                c.getDurationHours(),
                c.getPrerequisiteId(),
                Set.copyOf(c.getSdgTargets()));
    }
}
