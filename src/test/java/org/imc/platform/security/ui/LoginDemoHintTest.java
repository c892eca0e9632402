package org.imc.platform.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.login.LoginForm;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Outside production the sign-in page names the demo users, their password and the demo second-factor key. */
@ViewTest
@WithAnonymousUser
class LoginDemoHintTest extends BrowserlessViewTest {

    @Test
    void theDemoHintNamesTheTwoStepKeyOfTheAccountsThatNeedIt() {
        navigate(LoginView.class);

        // the form sends its texts to the browser as one JSON property
        String hint = String.valueOf(find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));

        assertThat(hint)
                .contains("password: demo")
                .contains("admin, officer and officer2")
                .contains("JBSWY3DPEHPK3PXP");
    }
}
