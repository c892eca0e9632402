package org.imc.platform.learning;

import java.time.Instant;
import java.time.LocalDate;

/** A participant of a session as the trainer sees them. */
public record RosterRow(Long enrolmentId, long version, Long userId, String username, String fullName, String email,
                        EnrolmentStatus status, Integer waitlistPosition, boolean overEnrolled, LocalDate completedOn,
                        Instant enrolledAt) {
}
