package org.imc.platform.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A user whose password an administrator set is sent to the change-password view from every
 * route until they have chosen their own; then they go where they like.
 */
@ViewTest
class ForcedPasswordChangeTest extends BrowserlessViewTest {

    private static final String USERNAME = "fpc-member";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void createUserWithAnAdminSetPassword() {
        // signs in with "demo" (the demo users' hash), and must change it
        jdbc.update(
                "INSERT INTO app_user (username, full_name, email, password_hash, enabled, must_change_password) "
                        + "SELECT ?, 'Forced Change', 'fpc@test.example', password_hash, TRUE, TRUE FROM app_user WHERE username = 'member'",
                USERNAME);
        jdbc.update(
                "INSERT INTO app_user_role (user_id, role) SELECT id, 'MEMBER' FROM app_user WHERE username = ?",
                USERNAME);
    }

    @AfterEach
    void removeUser() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", USERNAME);
    }

    private void signInAsTheUser() {
        SignedInUser user = (SignedInUser) userDetails.loadUserByUsername(USERNAME);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    @WithUserDetails("member")
    void everyRouteLeadsToTheChangePasswordViewUntilThePasswordIsChanged() {
        signInAsTheUser();

        assertThat(goTo("")).isInstanceOf(ChangePasswordView.class);
        assertThat(goTo("admin/users")).isInstanceOf(ChangePasswordView.class);
        assertThat(goTo("twinning/partnerships")).isInstanceOf(ChangePasswordView.class);
        ChangePasswordView view = navigate("account/password", ChangePasswordView.class);

        // a common password is refused on the field, and nothing changes
        test(view.form().current).setValue("demo");
        test(view.form().password).setValue("password1234");
        test(view.form().repeated).setValue("password1234");
        test(view.form().save).click();
        assertThat(view.form().password.isInvalid()).isTrue();
        assertThat(mustChange()).isTrue();

        test(view.form().password).setValue("quiet-harbour-lantern");
        test(view.form().repeated).setValue("quiet-harbour-lantern");
        test(view.form().save).click();

        assertThat(mustChange()).isFalse();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DashboardView");
        assertThat(goTo("twinning/partnerships").getClass().getSimpleName()).isEqualTo("PartnershipListView");
    }

    @Test
    @WithUserDetails("member")
    void aUserWithoutTheFlagIsNotRedirected() {
        assertThat(goTo("twinning/partnerships").getClass().getSimpleName()).isEqualTo("PartnershipListView");
    }

    private Object goTo(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView();
    }

    private boolean mustChange() {
        return jdbc.queryForObject(
                "SELECT must_change_password FROM app_user WHERE username = ?", Boolean.class, USERNAME);
    }
}
