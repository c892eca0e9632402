package org.imc.platform.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.mail.Delivery;
import org.imc.platform.mail.MailCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
@WithUserDetails("member")
class SettingsViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetChoices() {
        jdbc.update("delete from mail_preference where user_id = (select id from app_user where username = 'member')");
    }

    @Test
    void showsTheRoleDefaultsAndSavesTheMembersChoice() {
        SettingsView view = navigate("settings", SettingsView.class);

        assertThat(view.choices).containsOnlyKeys(MailCategory.choosable().toArray(MailCategory[]::new));
        assertThat(view.choices.get(MailCategory.LEARNING).getValue()).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(view.choices.get(MailCategory.FUND).getValue()).isEqualTo(Delivery.DAILY_DIGEST);
        assertThat(find(Anchor.class).all())
                .extracting(Anchor::getHref)
                .contains("account/password", "two-step-sign-in");

        RadioButtonGroup<Delivery> fund = view.choices.get(MailCategory.FUND);
        test(fund).selectItem("Never");
        test(view.save).click();

        assertThat(jdbc.queryForObject(
                        "select delivery from mail_preference where category = 'FUND'"
                                + " and user_id = (select id from app_user where username = 'member')",
                        String.class))
                .isEqualTo("NEVER");
        assertThat(navigate("settings", SettingsView.class)
                        .choices
                        .get(MailCategory.FUND)
                        .getValue())
                .isEqualTo(Delivery.NEVER);
    }
}
