package org.imc.platform.learning;

import java.time.LocalDate;

/** One of the signed-in learner's enrolments, with its certificate code once completed. */
public record MyEnrolment(Long enrolmentId, long version, Long courseId, String courseTitle, Long sessionId,
                          String sessionName, LocalDate startDate, LocalDate endDate, EnrolmentStatus status,
                          Integer waitlistPosition, String certificateCode) {
}
