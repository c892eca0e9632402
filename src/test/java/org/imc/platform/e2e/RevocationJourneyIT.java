package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.Set;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.security.UserForm;
import org.imc.platform.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people at two browsers: while a fund officer has a recommended application open, an
 * administrator (signed in with both steps) takes the fund-officer role away in the user
 * administration. The officer's page is signed out at once, without a click: the session has
 * ended, the browser lands on the sign-in page and no loan is created.
 */
class RevocationJourneyIT extends BrowserJourneyBase {

    private static final String TITLE = "Borehole programme for peri-urban wards";

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerWhoseRoleAnAdminRemovedIsSignedOutLiveAndCannotApprove() {
        Long applicationId = jdbc.queryForObject("SELECT id FROM fund_application WHERE title = ?", Long.class, TITLE);
        Long officer2 = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'officer2'", Long.class);
        Page admin = otherPerson();

        signInAs("officer2");
        page.navigate(url("fund/applications/" + applicationId));
        field("Annual interest rate (%)").fill("6");
        assertThat(button("Approve and create the loan")).isVisible();

        try {
            // meanwhile, at another computer, an administrator removes the fund-officer role
            actOn(admin, () -> {
                signInAs("admin");
                page.navigate(url("admin/users"));
                field("Search").fill("officer2");
                page.locator("vaadin-button[aria-label='Edit officer2']").click();
                page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Fund officer"))
                        .click();
                button("Save").click();
                assertThat(page.getByText("User officer2 saved").first()).isVisible();
            });
            assertThat(roles(officer2)).containsExactly("MEMBER");

            // the officer's open page is signed out live, without any click (the change feed
            // tells the session, its reload meets the revoked session); nothing can be approved
            assertThat(page.locator("vaadin-login-form")).isVisible();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM loan WHERE application_id = ?", Integer.class, applicationId))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "SELECT status FROM fund_application WHERE id = ?", String.class, applicationId))
                    .isEqualTo("RECOMMENDED");
        } finally {
            restoreRoles(officer2, EnumSet.of(Role.FUND_OFFICER, Role.MEMBER));
        }
    }

    private java.util.List<String> roles(Long userId) {
        return jdbc.queryForList("SELECT role FROM app_user_role WHERE user_id = ?", String.class, userId);
    }

    private void restoreRoles(Long userId, Set<Role> roles) {
        SignedInUser admin = (SignedInUser) userDetails.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            UserForm form = UserForm.of(users.get(userId));
            form.setRoles(roles);
            users.update(userId, form.getVersion(), form);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
