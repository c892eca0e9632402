package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imc.platform.base.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A journey per language (French, Spanish, Portuguese, Arabic) through one action of each role
 * ({@link RoleSteps}), and one through the languages: the sign-in page in French, a mayor's draft application
 * typed with the French decimal comma, the choice kept across signing out (the sign-in page
 * stays French on this device) and in (the account keeps it), then Arabic:
 * the page turns right to left and nothing scrolls sideways. Screenshots of the main views in
 * French and Arabic are kept in {@code target/screenshots/}.
 */
class LanguageJourneyIT extends BrowserJourneyBase {

    private static final String TITLE = "Kiosques à eau – parcours";

    @Autowired
    JdbcTemplate jdbc;

    private RoleSteps steps;

    @AfterEach
    void cleanUp() {
        if (steps != null) {
            steps.undo();
        }
        jdbc.update("UPDATE app_user SET language = NULL WHERE username IN ('mayor', 'trainer')");
        jdbc.update("DELETE FROM fund_application WHERE title = ?", TITLE);
    }

    @Test
    void frenchThenArabic() throws Exception {
        page.navigate(url("login"));
        settle();
        choose("Français");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(".imc-login p")).containsText("Jumelage, formation à distance");
        shoot("fr-login");
        assertThat(arabicFontRequested())
                .as("the Arabic font is not fetched for a French page")
                .isFalse();

        // sign in on the French page: the choice is kept on the account
        page.locator("vaadin-login-form input[name=username]").fill("mayor");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Tableau de bord")))
                .isVisible();
        assertThat(navItem("Municipalités")).isVisible();
        shoot("fr-dashboard");
        assertThat(jdbc.queryForObject("SELECT language FROM app_user WHERE username = 'mayor'", String.class))
                .isEqualTo("fr");

        // one action in French: a draft application, the amount typed with a decimal comma
        navItem("Demandes de financement").click();
        assertThat(page.locator("h1")).hasText("Demandes de financement");
        shoot("fr-applications");
        button("Nouvelle demande").click();
        field("Titre du projet").fill(TITLE);
        field("Sous-programme").fill("Eau potable");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Eau potable"))
                .click();
        field("Description").fill("Vingt kiosques à eau avec compteurs prépayés.");
        field("Montant demandé").fill("25000,50");
        field("Durée (mois)").fill("12");
        field("Bénéficiaires").fill("12000");
        assertThat(page.locator("vaadin-big-decimal-field .imc-currency").first())
                .hasText("$US");
        shoot("fr-application-form");
        button("Enregistrer le brouillon").click();
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(jdbc.queryForObject("SELECT amount FROM fund_application WHERE title = ?", BigDecimal.class, TITLE))
                .isEqualByComparingTo("25000.50");

        // the choice survives signing out and in again
        button("Se déconnecter").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        // this device remembers the language for the sign-in page too
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(".imc-login p")).containsText("Jumelage");
        signIn("mayor", "demo");
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Tableau de bord")))
                .isVisible();

        // Arabic: right to left, Latin digits, nothing wider than the window
        choose("العربية");
        assertThat(page.locator("h1")).hasText("لوحة المعلومات");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.evaluate("() => document.documentElement.dir")).isEqualTo("rtl");
        assertNoHorizontalOverflow();
        shoot("ar-dashboard");
        for (String route : new String[] {
            "fund/applications",
            "fund/applications/new",
            "fund/loans",
            "municipalities",
            "twinning/partners",
            "learning/my"
        }) {
            page.navigate(url(route));
            settle();
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("h1").first()).isVisible();
            assertNoHorizontalOverflow();
            shoot("ar-" + route.replace('/', '-'));
        }
        // Arabic pages fetch the bundled Arabic font
        page.waitForFunction("() => document.fonts.status === 'loaded'");
        assertThat(arabicFontRequested()).isTrue();
    }

    @Test
    void frenchJourneyOfEveryRole() throws Exception {
        journey(Language.FRENCH);
    }

    @Test
    void spanishJourneyOfEveryRole() throws Exception {
        journey(Language.SPANISH);
    }

    @Test
    void portugueseJourneyOfEveryRole() throws Exception {
        journey(Language.PORTUGUESE);
    }

    @Test
    void arabicJourneyOfEveryRole() throws Exception {
        journey(Language.ARABIC);
    }

    /**
     * On one browser: the mayor signs in (the browser speaks English), picks the language in the
     * header and edits the profile; the liaison, the trainer, the fund officer and the
     * administrator then sign in on the page that keeps speaking it and each do one thing, every
     * text looked for and checked read from the language's bundle. Last the mayor signs in on a
     * device that has forgotten the choice (no cookies): the account keeps it.
     */
    private void journey(Language language) {
        long started = System.nanoTime();
        steps = new RoleSteps(this, jdbc, language, name -> shootScreen(language.tag() + "-journey-" + name));
        steps.everyRole();

        context.clearCookies();
        page.navigate(url("login"));
        settle();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        steps.signInToDashboard("mayor");
        assertThat(jdbc.queryForObject("SELECT language FROM app_user WHERE username = 'mayor'", String.class))
                .isEqualTo(language.tag());
        System.out.printf(
                "language journey %s: %.1f s%n", language.tag(), (System.nanoTime() - started) / 1_000_000_000.0);
    }

    private boolean arabicFontRequested() {
        return (Boolean) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".some(e => e.name.toLowerCase().includes('sans-arabic'))");
    }

    /** Opens the language picker (in the header or on the sign-in page) and picks a language. */
    private void choose(String language) {
        page.locator("vaadin-select.imc-language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(language))
                .click();
        settle();
    }

    private void assertNoHorizontalOverflow() {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow in px")
                .isLessThanOrEqualTo(0);
    }

    /** A screenshot of what the window shows (cheaper than the whole page). */
    private void shootScreen(String name) {
        Path dir = Path.of("target", "screenshots", "languages");
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
    }

    private void shoot(String name) throws Exception {
        settle();
        Path dir = Path.of("target", "screenshots", "languages");
        Files.createDirectories(dir);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }
}
