package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole twinning journey on the demo data: Accra's mayor proposes to Kingston, the liaison
 * vets, Kingston's mayor accepts and signs, Accra's mayor signs, and a goal goes into the work
 * plan. The Accra–Kingston twinning is removed before and after, so the journey can run again.
 */
class TwinningJourneyIT extends BrowserJourneyBase {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removeAccraKingston() {
        jdbc.update(
                "delete from twinning where proposer_id in (select id from municipality where name in ('Accra', 'Kingston')) "
                        + "and partner_id in (select id from municipality where name in ('Accra', 'Kingston'))");
    }

    private Locator ariaButton(String label) {
        // a lazy grid may keep hidden rows from before a filter: only the visible button counts
        return page.locator("vaadin-button[aria-label='" + label + "']:visible").first();
    }

    /** A picture of an intermediate step, next to the one taken at the end. */
    private void snap(String step) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "TwinningJourneyIT-" + step + ".png")));
    }

    private void signOut() {
        button("Sign out").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    private Locator notice(String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }

    @Test
    void mayorsTwinAccraAndKingstonWithTheLiaisonsBlessing() {
        signInAs("mayor");
        navItem("Find partners").click();
        assertThat(page.locator("h1")).hasText("Find partners");
        field("Country").fill("Jamaica");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Jamaica"))
                .click();
        assertThat(page.getByText("2 candidates")).isVisible();
        assertThat(page.getByText("They need ICT distance learning; you offer it (+3)")
                        .first())
                .isVisible();
        snap("1-partner-finder");
        ariaButton("Propose a twinning to Kingston").click();
        Locator themes = field("Themes (sub-programmes)");
        themes.fill("ICT");
        page.locator(
                        "vaadin-multi-select-combo-box-item",
                        new Page.LocatorOptions().setHasText("ICT distance learning"))
                .click();
        // a click outside the open list (on the dialog's title) closes it
        page.locator("h2", new Page.LocatorOptions().setHasText("Propose a twinning to Kingston"))
                .click();
        field("Message").fill("Accra offers its municipal e-learning platform for Kingston's finance staff.");
        button("Save").click();
        assertThat(notice("Proposal to Kingston sent")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content .imc-tag", new Page.LocatorOptions().setHasText("Proposed")))
                .isVisible();
        signOut();

        signInAs("liaison");
        page.navigate(url("twinning/proposals"));
        assertThat(page.locator("h1")).hasText("Twinning proposals");
        snap("2-vetting-queue");
        ariaButton("Vet: Accra and Kingston").click();
        assertThat(notice("Vet: done for Accra and Kingston")).isVisible();
        signOut();

        signInAs("mayor2");
        assertThat(page.locator(".imc-card", new Page.LocatorOptions().setHasText("Twinning: waiting for you")))
                .isVisible();
        snap("3-mayor2-dashboard");
        page.navigate(url("twinning/proposals"));
        ariaButton("Accept: Accra and Kingston").click();
        assertThat(notice("Accept: done for Accra and Kingston")).isVisible();
        ariaButton("Sign: Accra and Kingston").click();
        assertThat(notice("Sign: done for Accra and Kingston")).isVisible();
        signOut();

        signInAs("mayor");
        page.navigate(url("twinning/proposals"));
        ariaButton("Sign: Accra and Kingston").click();
        assertThat(notice("Sign: done for Accra and Kingston")).isVisible();

        page.navigate(url("twinning/partnerships"));
        page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("Accra – Kingston"))
                .click();
        assertThat(page.locator("h1")).hasText("Accra – Kingston");
        assertThat(page.locator(".imc-tag", new Page.LocatorOptions().setHasText("Active")))
                .isVisible();
        assertThat(page.getByText("Delroy Campbell signed for Kingston")).isVisible();
        assertThat(page.getByText("Akosua Mensah signed for Accra")).isVisible();

        button("Add a goal").click();
        field("Goal").fill("Enrol 30 Kingston finance staff in the e-learning courses");
        field("Owner").fill("Human resources, Kingston");
        field("Target date").fill("1/12/2027");
        field("Target date").press("Enter");
        field("Progress %").fill("25");
        button("Save").click();
        assertThat(notice("saved")).isVisible();
        assertThat(page.locator(
                        "vaadin-grid-cell-content",
                        new Page.LocatorOptions()
                                .setHasText("Enrol 30 Kingston finance staff in the e-learning courses")))
                .isVisible();
        assertThat(page.locator("h3", new Page.LocatorOptions().setHasText("25% done")))
                .isVisible();
    }
}
