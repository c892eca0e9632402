package org.imc.platform.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A participant of a session as the trainer sees them, with what the signed-in trainer may do
 * to this enrolment now.
 */
public record RosterRow(
        Long enrolmentId,
        long version,
        Long learnerUserId,
        String username,
        String fullName,
        String email,
        EnrolmentStatus status,
        Integer waitlistPosition,
        boolean overEnrolled,
        LocalDate completedOn,
        Instant enrolledAt,
        Set<EnrolmentAction> allowedActions) {

    RosterRow withAllowedActions(Set<EnrolmentAction> actions) {
        return new RosterRow(
                enrolmentId,
                version,
                learnerUserId,
                username,
                fullName,
                email,
                status,
                waitlistPosition,
                overEnrolled,
                completedOn,
                enrolledAt,
                actions);
    }
}
