package org.imc.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.Test;

/** The enrolment table allows exactly the moves between statuses that enrolments have always had. */
class EnrolmentStatusTest {

    @Test
    void theActionsLeadBetweenTheSameStatusesAsBefore() {
        Map<EnrolmentStatus, Set<EnrolmentStatus>> moves = Map.of(
                EnrolmentStatus.PENDING,
                        EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.REJECTED, EnrolmentStatus.WITHDRAWN),
                EnrolmentStatus.WAITLISTED,
                        EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.PENDING, EnrolmentStatus.WITHDRAWN),
                EnrolmentStatus.ENROLLED,
                        EnumSet.of(
                                EnrolmentStatus.WITHDRAWN,
                                EnrolmentStatus.COMPLETED,
                                EnrolmentStatus.FAILED,
                                EnrolmentStatus.NO_SHOW),
                EnrolmentStatus.WITHDRAWN,
                        EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED));
        for (EnrolmentStatus from : EnrolmentStatus.values()) {
            Set<EnrolmentStatus> reached = EnumSet.noneOf(EnrolmentStatus.class);
            // MOVE keeps the status: it changes the session, not the place in the workflow
            from.actions().stream()
                    .filter(a -> a != EnrolmentAction.MOVE)
                    .forEach(a -> reached.add(from.after(a).orElseThrow()));
            assertThat(reached)
                    .as(from.name())
                    .isEqualTo(moves.getOrDefault(from, EnumSet.noneOf(EnrolmentStatus.class)));
        }
    }

    @Test
    void anEnrolmentRefusesWhatItsStatusDoesNotAllow() {
        Enrolment e = Enrolment.start(1L, 2L, EnrolmentAction.JOIN_WAITLIST, 3);
        assertThat(e.getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(e.getWaitlistPosition()).isEqualTo(3);
        assertThat(assertThrows(BusinessException.class, () -> e.apply(EnrolmentAction.APPROVE))
                        .getMessageKey())
                .isEqualTo("learning.error.transition");
        assertThat(assertThrows(BusinessException.class, () -> e.moveTo(9L)).getMessageKey())
                .isEqualTo("learning.error.move-status");
        e.apply(EnrolmentAction.OVER_ENROL);
        assertThat(e.isOverEnrolled()).isTrue();
        assertThat(e.getWaitlistPosition()).isNull();
        e.apply(EnrolmentAction.WITHDRAW);
        assertThat(e.isOverEnrolled()).isFalse();
    }

    @Test
    void onlyTheLearnerWithdrawsAndOnlyTheTrainerDecides() {
        assertThat(EnrolmentService.actionsFor(EnrolmentStatus.PENDING, true, false))
                .containsExactly(EnrolmentAction.WITHDRAW);
        assertThat(EnrolmentService.actionsFor(EnrolmentStatus.PENDING, false, true))
                .containsExactly(EnrolmentAction.APPROVE, EnrolmentAction.REJECT, EnrolmentAction.MOVE);
        assertThat(EnrolmentService.actionsFor(EnrolmentStatus.ENROLLED, false, true))
                .containsExactly(
                        EnrolmentAction.COMPLETE, EnrolmentAction.FAIL, EnrolmentAction.NO_SHOW, EnrolmentAction.MOVE);
        assertThat(EnrolmentService.actionsFor(EnrolmentStatus.WAITLISTED, false, false))
                .isEmpty();
        assertThat(EnrolmentService.actionsFor(EnrolmentStatus.COMPLETED, true, true))
                .isEmpty();
    }
}
