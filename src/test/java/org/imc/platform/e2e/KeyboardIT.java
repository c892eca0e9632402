package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imc.platform.DemoTotp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without a mouse: each role signs in and completes one action with the keyboard alone (Tab
 * and Shift+Tab to move, Enter and Space to press, arrow keys inside a radio group or a
 * list, typing into fields): a mayor, a liaison, a member, a trainer, a fund officer and an
 * administrator. At every stop the focused element must show that it has focus.
 */
class KeyboardIT extends BrowserJourneyBase {

    private static final String EVENT = "Keyboard-only Assembly";
    private static final String INVITED = "keyboard-invited";

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> invisibleFocus = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM network_event WHERE name = ?", EVENT);
        jdbc.update("DELETE FROM app_user WHERE username = ?", INVITED);
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
        typeOver("2700000");
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
        typeOver(EVENT);
        tabTo("Organiser");
        typeOver("International Municipal Collaboration");
        tabTo("First day");
        typeOver("1/10/2030");
        press("Enter");
        tabTo("Last day");
        typeOver("2/10/2030");
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
        typeOver("Kenya");
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
                            "SELECT p.delivery FROM mail_preference p JOIN app_user u ON u.id = p.user_id"
                                    + " WHERE u.username = ? AND p.category = ?",
                            String.class,
                            person.getKey(),
                            person.getKey().equals("trainer") ? "LEARNING" : "FUND"))
                    .isEqualTo("DAILY_DIGEST");
        }
        assertFocusAlwaysVisible();
    }

    @Test
    void adminInvitesAUser() {
        signInByKeyboard("admin");
        tabTo("Users");
        press("Enter");
        assertThat(page.locator("h1")).hasText("Users");
        tabTo("Invite a user");
        press("Enter");
        // the dialog opens with the focus in its first field
        assertThat(page.locator("vaadin-dialog-overlay")).isVisible();
        tabTo("User name");
        typeOver(INVITED);
        tabTo("Full name");
        typeOver("Keyboard Invited");
        tabTo("E-mail");
        typeOver(INVITED + "@imc.example");
        tabTo("Liaison");
        press("Space");
        tabTo("Invite");
        press("Enter");
        assertThat(page.locator(
                        "vaadin-notification-card",
                        new Page.LocatorOptions().setHasText("Invitation sent to " + INVITED + "@imc.example")))
                .isVisible();
        assertThat(jdbc.queryForObject(
                        "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
                        String.class,
                        INVITED))
                .isEqualTo("LIAISON");
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
     * Presses Tab until the focused element is named exactly {@code label} (its label, text or
     * aria-label; and, when given, it sits inside a component whose label contains
     * {@code within}), noting any stop where focus is not visible. Stays put when the element
     * has the focus already.
     */
    private void tabTo(String label, String... within) {
        for (int i = 0; i < 80; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS_SCRIPT);
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) focus.get("names");
            String context = String.valueOf(focus.get("context"));
            if (names.stream().anyMatch(n -> n.equalsIgnoreCase(label))
                    && (within.length == 0 || context.contains(within[0]))) {
                return;
            }
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> next = (Map<String, Object>) page.evaluate(FOCUS_SCRIPT);
            if (!Boolean.TRUE.equals(next.get("visible")) && !"body".equals(next.get("tag"))) {
                invisibleFocus.add(next.get("tag") + " " + next.get("names"));
            }
        }
        throw new AssertionError("Tab never reached \"" + label + "\"");
    }

    /** Replaces the focused field's text with {@code text}, as typing over a selection does. */
    private void typeOver(String text) {
        page.keyboard().press("Control+A");
        page.keyboard().type(text);
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
              if (!el || el === document.body) return { tag: 'body', names: [], context: '', visible: true };
              const clean = t => (t || '').replace(/\\s+/g, ' ').trim();
              const names = [el.getAttribute('aria-label'), el.getAttribute('name'), clean(el.textContent)];
              if (el.id) {
                const label = el.getRootNode().querySelector('label[for="' + el.id + '"]');
                if (label) names.push(clean(label.textContent));
              }
              if (el.getAttribute('autocomplete') === 'one-time-code') names.push('code');
              // a link inside a component's shadow (a navigation item) is named by the component's text
              const root = el.getRootNode();
              if (root.host && root.host.localName.startsWith('vaadin-')) names.push(clean(root.host.textContent));
              let ring = false;
              const context = [];
              for (let n = el; n; n = n.parentElement || (n.getRootNode && n.getRootNode().host)) {
                if (!n.getAttribute) continue;
                if (n.hasAttribute('focus-ring')) ring = true;
                if (n.localName.startsWith('vaadin-')) {
                  const hostLabel = typeof n.label === 'string' ? n.label : n.getAttribute('label');
                  context.push(clean(hostLabel || n.getAttribute('aria-label') || ''));
                  if (n !== el && (el.localName === 'input' || el.localName === 'textarea') && hostLabel) {
                    names.push(clean(hostLabel));
                  }
                }
              }
              const cs = getComputedStyle(el);
              const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
              // a grid cell draws its focus ring on a pseudo-element
              const drawn = [cs, getComputedStyle(el, '::before'), getComputedStyle(el, '::after')];
              const shadow = drawn.some(s => s.boxShadow && s.boxShadow !== 'none')
                || drawn.slice(1).some(s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                   || s.borderStyle !== 'none' && parseFloat(s.borderWidth) > 0 && s.content !== 'none');
              return { tag: el.localName, names: names.filter(Boolean).map(n => n.substring(0, 80)),
                       context: context.join(' | '), visible: ring || outline || shadow };
            }
            """;
}
