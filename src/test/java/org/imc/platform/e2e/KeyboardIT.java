package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imc.platform.DemoTotp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without a mouse: each role signs in and completes one action with the keyboard alone (Tab
 * and Shift+Tab to move, Enter and Space to press, arrow keys inside a radio group or a
 * list, typing into fields). At every stop the focused element must show that it has focus.
 */
class KeyboardIT extends BrowserJourneyBase {

    private static final String EVENT = "Keyboard-only Assembly";

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> invisibleFocus = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM network_event WHERE name = ?", EVENT);
        jdbc.update("DELETE FROM mail_preference WHERE user_id IN"
                + " (SELECT id FROM app_user WHERE username IN ('trainer', 'officer'))");
    }

    @Test
    void mayorEditsTheProfile() {
        signInByKeyboard("mayor");
        tabTo("Open the profile");
        press("Enter");
        assertThat(page.locator("h1")).hasText("Accra");
        tabTo("Edit profile");
        press("Enter");
        tabTo("Population");
        page.keyboard().press("Control+A");
        page.keyboard().type("2700000");
        tabTo("Save");
        press("Enter");
        assertThat(page.locator(
                        "vaadin-notification-card", new Page.LocatorOptions().setHasText("Profile of Accra saved")))
                .isVisible();
        assertFocusAlwaysVisible();
    }

    @Test
    void liaisonAddsAnEvent() {
        signInByKeyboard("liaison");
        tabTo("Events");
        press("Enter");
        assertThat(page.locator("h1")).hasText("Events");
        tabTo("Add an event");
        press("Enter");
        tabTo("Event");
        page.keyboard().type(EVENT);
        tabTo("Organiser");
        page.keyboard().type("International Municipal Collaboration");
        tabTo("First day");
        page.keyboard().type("1/10/2030");
        press("Enter");
        tabTo("Last day");
        page.keyboard().type("2/10/2030");
        press("Enter");
        tabTo("Save");
        press("Enter");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(EVENT)))
                .isVisible();
        assertFocusAlwaysVisible();
    }

    @Test
    void memberFindsAMunicipality() {
        signInByKeyboard("member");
        tabTo("Municipalities");
        press("Enter");
        assertThat(page.locator("h1")).hasText("Municipalities");
        tabTo("Country");
        page.keyboard().type("Kenya");
        assertThat(page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Kenya")))
                .isVisible();
        press("ArrowDown");
        press("Enter");
        assertThat(page.getByText("3 municipalities match")).isVisible();
        assertFocusAlwaysVisible();
    }

    @Test
    void trainerAndFundOfficerChooseTheirMail() {
        for (Map.Entry<String, String> person : Map.of("trainer", "Distance learning", "officer", "Revolving fund")
                .entrySet()) {
            context.clearCookies();
            signInByKeyboard(person.getKey());
            tabTo("My settings");
            press("Enter");
            assertThat(page.locator("h1")).hasText("My settings");
            // the group's checked choice takes the focus; the arrow keys move the choice
            tabTo("Immediately", person.getValue());
            press("ArrowDown");
            tabTo("Save e-mail settings");
            press("Enter");
            assertThat(page.locator(
                            "vaadin-notification-card",
                            new Page.LocatorOptions().setHasText("Your e-mail settings were saved.")))
                    .isVisible();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM mail_preference p JOIN app_user u ON u.id = p.user_id"
                                    + " WHERE u.username = ? AND p.delivery = 'DAILY_DIGEST'",
                            Integer.class,
                            person.getKey()))
                    .isEqualTo(1);
        }
        assertFocusAlwaysVisible();
    }

    /** The sign-in page (and the code page for a two-step role) by keyboard only. */
    private void signInByKeyboard(String username) {
        page.navigate(url("login"));
        settle();
        tabTo("Username");
        page.keyboard().type(username);
        tabTo("Password");
        page.keyboard().type("demo");
        press("Enter");
        if (TWO_STEP_USERS.contains(username)) {
            assertThat(page.locator("input[name=code]")).isVisible();
            tabTo("code");
            page.keyboard().type(DemoTotp.nextCode(username));
            press("Enter");
        }
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                .isVisible();
    }

    private void press(String key) {
        page.keyboard().press(key);
    }

    /**
     * Presses Tab until the focused element's label, text or name contains {@code label} (and,
     * when given, it sits inside an element whose label contains {@code within}), noting any
     * stop where focus is not visible.
     */
    private void tabTo(String label, String... within) {
        Pattern wanted = Pattern.compile(Pattern.quote(label), Pattern.CASE_INSENSITIVE);
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS_SCRIPT);
            String name = String.valueOf(focus.get("name"));
            String context = String.valueOf(focus.get("context"));
            if (!Boolean.TRUE.equals(focus.get("visible")) && !"body".equals(focus.get("tag"))) {
                invisibleFocus.add(focus.get("tag") + " \"" + name + "\"");
            }
            if (wanted.matcher(name).find() && (within.length == 0 || context.contains(within[0]))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached \"" + label + "\"");
    }

    private void assertFocusAlwaysVisible() {
        assertThat(invisibleFocus)
                .as("elements that took the focus without showing it")
                .isEmpty();
    }

    /**
     * The focused element (through shadow roots), its accessible-ish name, the labels of the
     * components around it, and whether a focus indicator is drawn: a Vaadin focus ring, an
     * outline or a box shadow.
     */
    private static final String FOCUS_SCRIPT = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              if (!el) return { tag: 'none', name: '', context: '', visible: false };
              const label = n => {
                if (!n || !n.getAttribute) return '';
                const byId = n.id && n.getRootNode().querySelector && n.getRootNode().querySelector('label[for="' + n.id + '"]');
                return [n.getAttribute('aria-label'), n.getAttribute('name'), n.getAttribute('label'),
                        n.getAttribute('autocomplete') === 'one-time-code' ? 'code' : '',
                        byId ? byId.textContent : '', n.value, n.textContent]
                  .filter(Boolean).join(' ').replace(/\\s+/g, ' ').trim();
              };
              let ring = false;
              const context = [];
              for (let n = el; n; n = n.parentElement || (n.getRootNode && n.getRootNode().host)) {
                if (n.hasAttribute && (n.hasAttribute('focus-ring') || n.hasAttribute('focused') && n.matches(':focus-within') && n.localName.startsWith('vaadin-'))) ring = ring || n.hasAttribute('focus-ring');
                if (n.localName && n.localName.startsWith('vaadin-')) context.push(label(n).substring(0, 80));
              }
              const cs = getComputedStyle(el);
              const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
              const shadow = cs.boxShadow && cs.boxShadow !== 'none';
              let name = label(el);
              if (el.localName === 'input' || el.localName === 'textarea') {
                const host = el.closest('[class]') ? el : el;
                for (let n = el.parentElement; n; n = n.parentElement) {
                  if (n.localName && n.localName.startsWith('vaadin-')) { name = name + ' ' + (n.getAttribute('label') || n.label || ''); break; }
                }
              }
              return { tag: el.localName, name: name.substring(0, 120), context: context.join(' | '),
                       visible: ring || outline || shadow };
            }
            """;
}
