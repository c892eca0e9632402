package org.imc.platform.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Translatable;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A refusal names states in the reader's words, not as the code spells them. */
@ViewTest
class UserMessagesTest extends BrowserlessViewTest {

    @Test
    @WithUserDetails("member")
    void translatableArgumentsAreTranslatedAndOthersKeptAsTheyAre() {
        navigate(DashboardView.class);
        BusinessException refusal = new BusinessException(
                "learning.error.transition",
                new Translatable("learning.status.ENROLLED"),
                new Translatable("learning.status.NO_SHOW"));
        assertThat(UserMessages.explain(refusal))
                .isEqualTo("This change is not possible: the enrolment is Enrolled and cannot become No-show.");

        BusinessException translated =
                new BusinessException("fund.error.transition", new Translatable("fund.status.APPROVED"));
        assertThat(UserMessages.explain(translated))
                .isEqualTo("Not possible in the current status of the application (Approved).");

        BusinessException plain = new BusinessException("twinning.error.duplicate", "fund.status.APPROVED");
        assertThat(UserMessages.explain(plain))
                .startsWith("There is already an open twinning proposal or partnership with fund.status.APPROVED.");
    }
}
