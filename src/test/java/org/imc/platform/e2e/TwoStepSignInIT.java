package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.regex.Pattern;
import org.imc.platform.DemoTotp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two-step sign-in in the browser: a fund officer needs the code of their authenticator app
 * after the password, cannot reach any page before it, and a wrong code is refused; a member
 * turns it on with the QR code's key and receives recovery codes.
 */
class TwoStepSignInIT extends BrowserJourneyBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerSignsInWithTheCodeOfTheAuthenticatorApp() {
        signIn("officer", "demo");
        assertThat(page).hasURL(Pattern.compile(".*/sign-in/code$"));
        assertThat(page.getByLabel("Code")).isVisible();
        // no page opens before the code: the fund's review queue leads back to the code
        page.navigate(url("fund/review"));
        assertThat(page).hasURL(Pattern.compile(".*/sign-in/code$"));
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                .hasCount(0);

        enterCode(DemoTotp.nextCode("officer"));

        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                .isVisible();
        navItem("Review queue").click();
        assertThat(page.locator("h1")).hasText("Review queue");
    }

    @Test
    void aWrongCodeIsRefusedWithAClearMessage() {
        signIn("officer2", "demo");
        assertThat(page.getByLabel("Code")).isVisible();

        enterCode(wrongCode());

        assertThat(page.getByText("That code is not right").first()).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/sign-in/code$"));
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                .hasCount(0);
        // the field stays usable from the keyboard: the right code then signs in
        enterCode(DemoTotp.nextCode("officer2"));
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                .isVisible();
    }

    @Test
    void aMemberTurnsOnTwoStepSignInAndGetsRecoveryCodes() {
        String username = "e2e-two-step";
        jdbc.update("delete from app_user where username = ?", username);
        // password "demo", as the demo users
        jdbc.update(
                "insert into app_user (username, full_name, email, password_hash) select ?, 'Two Step', "
                        + "'two-step@test.example', password_hash from app_user where username = 'member'",
                username);
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'MEMBER' from app_user where username = ?",
                username);
        try {
            signInAs(username);
            navItem("Two-step sign-in").click();
            assertThat(page.locator("img.imc-qr-code"))
                    .hasAttribute("src", Pattern.compile("^data:image/png;base64,.+"));
            String key = page.locator(".imc-secret").textContent().trim();
            page.locator("input[name=code]")
                    .fill(DemoTotp.code(DemoTotp.decodeBase32(key), DemoTotp.step(Instant.now())));
            button("Turn on two-step sign-in").click();

            assertThat(page.locator(".imc-recovery-codes li")).hasCount(10);
            button("Continue").click();
            assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                    .isVisible();
            button("Sign out").click();
            // the sign-out's own way to the sign-in page ends before the next sign-in starts
            assertThat(page.locator("vaadin-login-form")).isVisible();
            // from now on the member is asked for a code too
            signIn(username, "demo");
            assertThat(page).hasURL(Pattern.compile(".*/sign-in/code$"));
        } finally {
            jdbc.update("delete from app_user where username = ?", username);
        }
    }

    private static String wrongCode() {
        long now = DemoTotp.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean inWindow = false;
            for (long step = now - 2; step <= now + 2; step++) {
                inWindow |= DemoTotp.code(step).equals(code);
            }
            if (!inWindow) {
                return code;
            }
        }
    }
}
