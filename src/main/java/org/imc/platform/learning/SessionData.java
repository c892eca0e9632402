package org.imc.platform.learning;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.imc.platform.base.PlainText;

/** What a trainer enters for a session; the form binds it and {@link CourseService} takes it. */
public record SessionData(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}") @PlainText
        String name,

        @NotNull(message = "{validation.required}") LocalDate startDate,

        @NotNull(message = "{validation.required}") LocalDate endDate,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{learning.validation.capacity}")
        @Max(value = 10000, message = "{learning.validation.capacity}")
        Integer capacity,

        @NotNull(message = "{validation.required}") LocalDate enrolmentOpens,

        @NotNull(message = "{validation.required}") LocalDate enrolmentCloses,

        boolean approvalRequired) {

    /** A new session's starting values. */
    public static SessionData blank() {
        return new SessionData("", null, null, null, null, null, false);
    }

    /** The values of an existing session, to edit. */
    public static SessionData of(CourseSession s) {
        return new SessionData(
                s.getName(),
                s.getStartDate(),
                s.getEndDate(),
                s.getCapacity(),
                s.getEnrolmentOpens(),
                s.getEnrolmentCloses(),
                s.isApprovalRequired());
    }

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "{learning.validation.window}")
    public boolean isWindowValid() {
        return enrolmentOpens == null || enrolmentCloses == null || !enrolmentCloses.isBefore(enrolmentOpens);
    }
}
