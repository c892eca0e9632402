package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import org.imc.platform.DualRoleUsers;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fund officer who is also the applicant municipality's mayor never reviews, recommends or
 * approves that municipality's application; another municipality's applications they handle
 * like any officer.
 */
class SegregationOfDutiesTest extends FundTestSupport {

    /** Fund officer and mayor of Accra, the applicant in these tests. */
    static final String OFFICER_MAYOR = "officer-mayor-accra-sod";

    @BeforeEach
    void dualRoleUser() {
        DualRoleUsers.ensure(jdbc, OFFICER_MAYOR, "Accra", "FUND_OFFICER", "MAYOR");
    }

    @Test
    void anOfficerWhoIsTheApplicantsMayorCannotTakeTheApplication() throws Exception {
        FundApplication created = callAs("mayor", () -> applications.createDraft(draft("own take", "1000", 12, 0)));
        FundApplication submitted = callAs(
                "mayor",
                () -> applications.perform(created.getId(), created.getVersion(), ApplicationAction.SUBMIT, null));

        assertThat(callAs(OFFICER_MAYOR, () -> applications.allowedActions(submitted)))
                .isEmpty();
        assertThat(callAs("officer", () -> applications.allowedActions(submitted)))
                .contains(ApplicationAction.TAKE);
        Throwable refused = catchThrowable(() -> runAs(
                OFFICER_MAYOR,
                () -> applications.perform(submitted.getId(), submitted.getVersion(), ApplicationAction.TAKE, null)));
        assertConflictOfInterest(refused);
        assertThat(status(submitted.getId())).isEqualTo("SUBMITTED");
    }

    @Test
    void anOfficerWhoIsTheApplicantsMayorCannotReviewRecommendOrApprove() throws Exception {
        FundApplication created = callAs("mayor", () -> applications.createDraft(draft("own review", "1000", 12, 0)));
        FundApplication submitted = callAs(
                "mayor",
                () -> applications.perform(created.getId(), created.getVersion(), ApplicationAction.SUBMIT, null));
        FundApplication underReview = callAs(
                "officer",
                () -> applications.perform(submitted.getId(), submitted.getVersion(), ApplicationAction.TAKE, null));

        assertThat(callAs(OFFICER_MAYOR, () -> applications.allowedActions(underReview)))
                .isEmpty();
        assertConflictOfInterest(catchThrowable(() -> runAs(
                OFFICER_MAYOR,
                () -> applications.perform(
                        underReview.getId(), underReview.getVersion(), ApplicationAction.REQUEST_INFO, "why?"))));
        assertConflictOfInterest(catchThrowable(() -> runAs(
                OFFICER_MAYOR,
                () -> applications.recommend(underReview.getId(), underReview.getVersion(), rubric(), "mine"))));
        assertConflictOfInterest(catchThrowable(() -> runAs(
                OFFICER_MAYOR,
                () -> applications.perform(
                        underReview.getId(), underReview.getVersion(), ApplicationAction.REJECT, "no"))));

        FundApplication recommended = callAs(
                "officer",
                () -> applications.recommend(underReview.getId(), underReview.getVersion(), rubric(), "good"));
        assertThat(callAs(OFFICER_MAYOR, () -> applications.allowedActions(recommended)))
                .isEmpty();
        assertConflictOfInterest(catchThrowable(() -> runAs(
                OFFICER_MAYOR,
                () -> applications.approve(recommended.getId(), recommended.getVersion(), new BigDecimal("3"), null))));
        assertThat(status(recommended.getId())).isEqualTo("RECOMMENDED");
        assertThat(callAs("officer2", () -> applications.allowedActions(recommended)))
                .contains(ApplicationAction.APPROVE);
    }

    private static void assertConflictOfInterest(Throwable refused) {
        assertThat(refused).isInstanceOf(BusinessException.class);
        assertThat(((BusinessException) refused).getMessageKey()).isEqualTo("fund.error.own-municipality");
        assertThat(hasTranslation("fund.error.own-municipality")).isTrue();
    }

    private String status(Long applicationId) {
        return jdbc.queryForObject("select status from fund_application where id = ?", String.class, applicationId);
    }
}
