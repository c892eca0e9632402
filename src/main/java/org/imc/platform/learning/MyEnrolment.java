package org.imc.platform.learning;

import java.time.LocalDate;
import java.util.Set;

/**
 * One of the signed-in learner's enrolments, with its certificate code once completed and what
 * the learner may do to it now.
 */
public record MyEnrolment(
        Long enrolmentId,
        long version,
        Long courseId,
        String courseTitle,
        Long sessionId,
        String sessionName,
        LocalDate startDate,
        LocalDate endDate,
        EnrolmentStatus status,
        Integer waitlistPosition,
        boolean overEnrolled,
        String certificateCode,
        Set<EnrolmentAction> allowedActions) {}
