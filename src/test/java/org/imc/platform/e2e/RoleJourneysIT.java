package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Each demo role signs in, sees the navigation its roles allow, and does one thing.
 */
class RoleJourneysIT extends BrowserJourneyBase {

    @Test
    void mayorEditsTheirMunicipalityProfile() {
        signInAs("mayor");
        assertThat(navItem("Municipalities")).isVisible();
        assertThat(navItem("Users")).hasCount(0);
        page.locator("a", new Page.LocatorOptions().setHasText("Open the profile"))
                .click();
        assertThat(page.locator("h1")).hasText("Accra");
        button("Edit profile").click();
        field("Population").fill("2600000");
        button("Save").click();
        assertThat(page.locator(
                        "vaadin-notification-card", new Page.LocatorOptions().setHasText("Profile of Accra saved")))
                .isVisible();
        assertThat(page.getByText("2,600,000")).isVisible();
    }

    @Test
    void mayorCannotOpenAnotherRolesPage() {
        signInAs("mayor2");
        assertThat(page.locator(".imc-card-figure", new Page.LocatorOptions().setHasText("Kingston")))
                .isVisible();
        page.navigate(url("admin/users"));
        assertThat(page.locator("h1")).hasText("Access denied");
    }

    @Test
    void memberFiltersTheDirectoryByCountry() {
        signInAs("member");
        navItem("Municipalities").click();
        assertThat(page.locator("h1")).hasText("Municipalities");
        field("Country").fill("Kenya");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Kenya"))
                .click();
        assertThat(page.getByText("3 municipalities match")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("Nairobi")))
                .isVisible();
    }

    @Test
    void liaisonAddsAnEvent() {
        signInAs("liaison");
        navItem("Events").click();
        button("Add an event").click();
        field("Event").fill("Regional Twinning Workshop");
        field("Organiser").fill("International Municipal Collaboration");
        field("Last day").fill("3/9/2030");
        field("Last day").press("Enter");
        field("First day").fill("1/9/2030");
        field("First day").press("Enter");
        button("Save").click();
        assertThat(page.locator(
                        "vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Regional Twinning Workshop")))
                .isVisible();
        // the browser speaks en-GB: 1/9/2030 is the first of September, also in the date picker
        assertThat(page.locator(
                                "vaadin-grid-cell-content",
                                new Page.LocatorOptions()
                                        .setHasText(java.util.regex.Pattern.compile("\\b1 Sept? 2030")))
                        .first())
                .isVisible();
    }

    @Test
    void fundOfficersAndTrainerBrowseAffiliates() {
        for (String user : new String[] {"officer", "officer2", "trainer"}) {
            signInAs(user);
            navItem("Affiliates").click();
            page.getByLabel("Search name, acronym or country").fill("Kenya");
            assertThat(page.locator(
                            "vaadin-grid-cell-content",
                            new Page.LocatorOptions().setHasText("Association of County Governments of Kenya")))
                    .isVisible();
            assertThat(button("Add an affiliate")).hasCount(0);
            button("Sign out").click();
            assertThat(page.locator("vaadin-login-form")).isVisible();
        }
    }

    @Test
    void adminFindsUsersAndTheirSignInsInTheAuditTrail() {
        signInAs("admin");
        navItem("Users").click();
        assertThat(page.locator("h1")).hasText("Users");
        field("Search").fill("mayor2");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Delroy Campbell")))
                .isVisible();
        navItem("Audit trail").click();
        assertThat(page.locator("h1")).hasText("Audit trail");
        field("Actor").fill("admin");
        field("Actor").press("Enter");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("SIGN_IN_SUCCESS"))
                        .first())
                .isVisible();
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() {
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        String before = sessionId();
        signInAs("member");
        String after = sessionId();
        org.assertj.core.api.Assertions.assertThat(after).isNotNull().isNotEqualTo(before);
        button("Sign out").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.navigate(url("municipalities"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    private String sessionId() {
        return context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse(null);
    }

    @Test
    void wrongPasswordsLockTheAccountWithoutRevealingIt() {
        for (int i = 1; i <= 4; i++) {
            signIn("nobody-here", "wrong" + i);
            assertThat(page.getByText("Check the user name and password")).isVisible();
        }
        signIn("nobody-here", "wrong5");
        assertThat(page.getByText("sign-in is locked for 15 minutes")).isVisible();
    }
}
