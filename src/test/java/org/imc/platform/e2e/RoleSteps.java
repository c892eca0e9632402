package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Consumer;
import org.imc.platform.DemoTotp;
import org.imc.platform.base.Language;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One short action of each role, written once and run in any language and at any window size
 * (the language journeys, the phone journey). Every text the steps look for or check comes from
 * the language's bundle, the one the application reads. {@link #undo} undoes what they did.
 */
final class RoleSteps {

    /** The note of the contribution the fund officer records; the clean-up finds it by it. */
    static final String CONTRIBUTION_NOTE = "Journey contribution";

    /** The place the liaison gives an event; the clean-up puts the event's own place back. */
    static final String PLACE = "Journey hall";

    private final BrowserJourneyBase test;
    private final JdbcTemplate jdbc;
    private final Language language;
    private final Consumer<String> shots;

    /** The event the liaison changed and its place before. */
    private String event;

    private String eventPlace;

    /**
     * @param shots called with a short name (e.g. {@code "mayor-profile"}) after each step, to
     *     keep a screenshot
     */
    RoleSteps(BrowserJourneyBase test, JdbcTemplate jdbc, Language language, Consumer<String> shots) {
        this.test = test;
        this.jdbc = jdbc;
        this.language = language;
        this.shots = shots;
    }

    /** Undoes the steps: the event's place, the contribution, the role given, the languages kept. */
    void undo() {
        if (event != null) {
            jdbc.update("UPDATE network_event SET place = ? WHERE name = ? AND place = ?", eventPlace, event, PLACE);
        }
        jdbc.update("DELETE FROM fund_ledger_entry WHERE note = ?", CONTRIBUTION_NOTE);
        jdbc.update("DELETE FROM app_user_role WHERE role = 'TRAINER'"
                + " AND user_id = (SELECT id FROM app_user WHERE username = 'member')");
        jdbc.update("DELETE FROM mail_preference WHERE user_id = (SELECT id FROM app_user WHERE username = 'trainer')");
        jdbc.update("UPDATE app_user SET language = NULL WHERE username IN"
                + " ('admin', 'mayor', 'liaison', 'officer', 'trainer', 'member')");
    }

    /** A text of the bundle in this journey's language. */
    String t(String key, Object... args) {
        return language.text(key, args);
    }

    private Page page() {
        return test.page;
    }

    /** Signs in on the sign-in page as it is (any language), with the code for a two-step role. */
    void signIn(String username) {
        test.signIn(username, "demo");
        if (BrowserJourneyBase.TWO_STEP_USERS.contains(username)) {
            test.enterCode(DemoTotp.nextCode(username));
        }
    }

    /** Signs in and expects the dashboard in this journey's language. */
    void signInToDashboard(String username) {
        signIn(username);
        assertThat(page().locator("h1", new Page.LocatorOptions().setHasText(t("dashboard.title"))))
                .isVisible();
        assertLanguage();
    }

    /** The page speaks this language: {@code lang}, {@code dir}, and no sideways scrolling. */
    void assertLanguage() {
        assertThat(page().locator("html")).hasAttribute("lang", language.tag());
        assertThat(page().locator("html")).hasAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        assertThat(RouteSweep.horizontalOverflow(page()))
                .as("the page scrolls sideways")
                .isLessThanOrEqualTo(0);
    }

    /** Picks this language in the picker of the header (or of the sign-in page). */
    void chooseLanguage() {
        page().locator("vaadin-select.imc-language").click();
        page().locator("vaadin-select-item", new Page.LocatorOptions().setHasText(language.nativeName()))
                .click();
        test.settle();
        assertThat(page().locator("html")).hasAttribute("lang", language.tag());
    }

    /** The sign-out button of the header (on a phone an icon named by its label). */
    void signOut() {
        page().locator("vaadin-button.imc-sign-out").click();
        assertThat(page().locator("vaadin-login-form")).isVisible();
    }

    /** Opens a page of the navigation, through the drawer when the navigation is one. */
    void open(String navKey) {
        Locator layout = page().locator("vaadin-app-layout");
        if (layout.getAttribute("overlay") != null && layout.getAttribute("drawer-opened") == null) {
            page().locator("vaadin-drawer-toggle").click();
        }
        test.navItem(t(navKey)).click();
    }

    private void notified(String key, Object... args) {
        assertThat(page().locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(t(key, args))))
                .isVisible();
    }

    private void shot(String name) {
        test.settle();
        // not in the middle of a dialog's or a notification's opening or closing animation
        page().waitForFunction("() => !document.querySelector('[opening], [closing]')");
        shots.accept(name);
    }

    /** A mayor changes the population in their municipality's profile. */
    void mayorEditsTheProfile(long population) {
        page().locator("a", new Page.LocatorOptions().setHasText(t("dashboard.my-municipality.open")))
                .click();
        assertThat(page().locator("h1")).hasText("Accra");
        test.button(t("directory.profile.edit")).click();
        test.field(t("directory.column.population")).fill(Long.toString(population));
        shot("mayor-profile-form");
        test.button(t("action.save")).click();
        notified("directory.profile.saved", "Accra");
        assertThat(jdbc.queryForObject("SELECT population FROM municipality WHERE name = 'Accra'", Long.class))
                .isEqualTo(population);
        shot("mayor-profile");
    }

    /** A liaison gives the first upcoming event a place. */
    void liaisonGivesAnEventItsPlace() {
        open("nav.events");
        assertThat(page().locator("h1")).hasText(t("event.title"));
        String prefix = t("event.edit-named", "");
        Locator edit = page().locator("vaadin-button[aria-label^='" + prefix + "']:visible")
                .first();
        String event = edit.getAttribute("aria-label").substring(prefix.length());
        eventPlace = jdbc.queryForList("SELECT place FROM network_event WHERE name = ?", String.class, event)
                .getFirst();
        this.event = event;
        edit.click();
        test.field(t("event.column.place")).fill(PLACE);
        shot("liaison-event-form");
        test.button(t("action.save")).click();
        notified("event.saved", event);
        assertThat(jdbc.queryForObject("SELECT place FROM network_event WHERE name = ?", String.class, event))
                .isEqualTo(PLACE);
        shot("liaison-events");
    }

    /** A trainer asks for the mail of distance learning as a daily digest. */
    void trainerChoosesADigest() {
        open("nav.settings");
        assertThat(page().locator("h1")).hasText(t("settings.title"));
        page().locator("vaadin-radio-group", new Page.LocatorOptions().setHasText(t("mail.category.LEARNING")))
                .locator(
                        "vaadin-radio-button", new Locator.LocatorOptions().setHasText(t("mail.delivery.DAILY_DIGEST")))
                .click();
        test.button(t("settings.mail.save")).click();
        notified("settings.mail.saved");
        assertThat(jdbc.queryForObject(
                        "SELECT delivery FROM mail_preference WHERE category = 'LEARNING' AND user_id ="
                                + " (SELECT id FROM app_user WHERE username = 'trainer')",
                        String.class))
                .isEqualTo("DAILY_DIGEST");
        shot("trainer-settings");
    }

    /** A fund officer records a contribution, typed with the reader's decimal separator. */
    void officerRecordsAContribution() {
        open("nav.fund.portfolio");
        assertThat(page().locator("h1")).hasText(t("fund.portfolio.title"));
        char separator =
                DecimalFormatSymbols.getInstance(language.localeFor(Locale.UK)).getDecimalSeparator();
        test.field(t("fund.portfolio.contribution")).fill("1250" + separator + "50");
        test.field(t("fund.portfolio.contribution-note")).fill(CONTRIBUTION_NOTE);
        shot("officer-contribution-form");
        test.button(t("fund.portfolio.contribute")).click();
        notified("fund.portfolio.contributed-done");
        assertThat(jdbc.queryForObject(
                        "SELECT amount FROM fund_ledger_entry WHERE note = ?", BigDecimal.class, CONTRIBUTION_NOTE))
                .isEqualByComparingTo("1250.50");
        shot("officer-portfolio");
    }

    /** An administrator makes the member a trainer too. */
    void adminGivesTheMemberATrainersRole() {
        open("nav.users");
        assertThat(page().locator("h1")).hasText(t("admin.users.title"));
        test.field(t("admin.users.search")).fill("member");
        page().locator("vaadin-button[aria-label='" + t("admin.users.edit.aria", "member") + "']:visible")
                .click();
        page().locator("vaadin-checkbox", new Page.LocatorOptions().setHasText(t("role.TRAINER")))
                .click();
        shot("admin-user-form");
        test.button(t("admin.save")).click();
        notified("admin.users.updated", "member");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM app_user_role r JOIN app_user u ON u.id = r.user_id"
                                + " WHERE u.username = 'member' AND r.role = 'TRAINER'",
                        Integer.class))
                .isEqualTo(1);
        shot("admin-users");
    }

    /**
     * Each role in turn on one browser: the mayor picks the language in the header and acts, the
     * sign-in page then keeps speaking it for the liaison, the trainer, the fund officer and the
     * administrator (this device's choice); last the mayor signs in on a device that has never
     * seen the choice and finds it kept on the account.
     */
    void everyRole() {
        signIn("mayor");
        test.settle();
        if (!language.tag().equals(page().locator("html").getAttribute("lang"))) {
            chooseLanguage();
        }
        assertThat(page().locator("h1")).hasText(t("dashboard.title"));
        assertLanguage();
        shot("mayor-dashboard");
        mayorEditsTheProfile(2_640_000);
        signOut();
        // this device keeps the choice for the sign-in page
        assertThat(page().locator("html")).hasAttribute("lang", language.tag());
        assertThat(page().locator(".imc-login p").first()).containsText(t("login.tagline"));

        signInToDashboard("liaison");
        liaisonGivesAnEventItsPlace();
        signOut();

        signInToDashboard("trainer");
        trainerChoosesADigest();
        signOut();

        signInToDashboard("officer");
        officerRecordsAContribution();
        signOut();

        signInToDashboard("admin");
        adminGivesTheMemberATrainersRole();
        signOut();
    }
}
