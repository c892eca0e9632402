package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.imc.platform.SignedInAs;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.mail.TestSmtp;
import org.imc.platform.security.Role;
import org.imc.platform.security.UserFixtures;
import org.imc.platform.security.UserForm;
import org.imc.platform.security.UserService;
import org.imc.platform.twinning.ProposalDraft;
import org.imc.platform.twinning.TwinningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * E-mail journeys against the test run's SMTP server (GreenMail): an invited person chooses a
 * password through the e-mailed link and signs in; a user who forgot theirs resets it through
 * the link; a mayor opens the "proposal vetted" e-mail's link.
 */
class MailJourneyIT extends BrowserJourneyBase {

    private static final String PREFIX = "mji-";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserService users;

    @Autowired
    TwinningService twinnings;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
        jdbc.update(
                "delete from twinning where proposer_id in (select id from municipality where name in ('Accra', 'Kingston')) "
                        + "and partner_id in (select id from municipality where name in ('Accra', 'Kingston'))");
    }

    @Test
    void anInvitedPersonChoosesAPasswordThroughTheLinkAndSignsIn() throws Exception {
        String username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String address = username + "@invited.example";

        signInAs("admin");
        page.navigate(url("admin/users"));
        button("Invite a user").click();
        field("User name").fill(username);
        field("Full name").fill("Invited Person");
        field("E-mail").fill(address);
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Member"))
                .first()
                .click();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Invite").setExact(true))
                .click();
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Invitation sent")))
                .isVisible();
        page.navigate(url("admin/outbox"));
        assertThat(page.locator("h1")).hasText("Outbox");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(address))
                        .first())
                .isVisible();
        snap("outbox");
        button("Sign out").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();

        MimeMessage invitation = awaitMail(address, "Your invitation to the IMC Platform");
        String link = TestSmtp.link(invitation, "invitation/");
        org.assertj.core.api.Assertions.assertThat(link).startsWith(url("invitation/"));
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("Welcome to the IMC Platform");
        snap("invitation");
        choosePassword("a-garden-of-long-words", "Set password and continue");

        assertThat(page.locator("vaadin-login-form")).isVisible();
        signIn(username, "a-garden-of-long-words");
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                .isVisible();

        // the link worked once
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("This link does not work any more");
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLink() throws Exception {
        String username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String address = username + "@forgetful.example";
        as("admin", () -> {
            UserForm form = new UserForm();
            form.setUsername(username);
            form.setFullName("Forgetful Person");
            form.setEmail(address);
            form.setRoles(Set.of(Role.MEMBER));
            return UserFixtures.create(users, jdbc, form, "the-forgotten-passphrase");
        });

        page.navigate(url("login"));
        page.locator("#forgot-password-link").click();
        assertThat(page.locator("h1")).hasText("Forgot your password?");
        field("User name or e-mail address").fill(address);
        button("Send the link").click();
        assertThat(page.locator("#forgot-answer")).containsText("If an account matches");
        snap("forgot-password");

        MimeMessage reset = awaitMail(address, "Reset your IMC Platform password");
        String link = TestSmtp.link(reset, "reset-password/");
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("Choose a new password");
        choosePassword("a-remembered-passphrase", "Set new password");

        assertThat(page.locator("vaadin-login-form")).isVisible();
        signIn(username, "a-remembered-passphrase");
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                .isVisible();
    }

    @Test
    void aMayorGetsTheProposalVettedEmailWithAWorkingLink() throws Exception {
        Long kingston = jdbc.queryForObject("select id from municipality where name = 'Kingston'", Long.class);
        Long accra = jdbc.queryForObject("select id from municipality where name = 'Accra'", Long.class);
        as(
                "mayor",
                () -> twinnings.propose(
                        accra,
                        new ProposalDraft(
                                kingston,
                                EnumSet.of(SubProgramme.ICT_DISTANCE_LEARNING),
                                "E-learning for finance staff.")));

        signInAs("liaison");
        page.navigate(url("twinning/proposals"));
        page.locator("vaadin-button[aria-label='Vet: Accra and Kingston']:visible")
                .first()
                .click();
        assertThat(page.locator(
                        "vaadin-notification-card", new Page.LocatorOptions().setHasText("Vet: done for Accra")))
                .isVisible();
        button("Sign out").click();
        // the sign-out navigation must end before the next one starts (else it is aborted)
        assertThat(page.locator("vaadin-login-form")).isVisible();

        MimeMessage vetted =
                awaitMail("mayor@accra.example", "The twinning proposal Accra – Kingston was vetted by Lina Okafor.");
        String link = TestSmtp.link(vetted, "twinning/proposals");
        signInAs("mayor");
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("Twinning proposals");
        // vetted, it waits for Kingston's answer: among Accra's pending proposals
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Pending"))
                .click();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Kingston"))
                        .first())
                .isVisible();

        page.navigate(url("settings"));
        assertThat(page.locator("h1")).hasText("My settings");
        snap("settings");
    }

    private void snap(String step) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "MailJourneyIT-" + step + ".png")));
    }

    private void choosePassword(String password, String save) {
        page.locator("#new-password input").fill(password);
        page.locator("#repeat-password input").fill(password);
        button(save).click();
    }

    private <T> T as(String username, Callable<T> action) throws Exception {
        return SignedInAs.call(userDetails, username, action);
    }

    /** Waits for the outbox to send the message (its sender looks every second in tests). */
    private static MimeMessage awaitMail(String address, String subject) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = TestSmtp.receivedFor(address).stream()
                    .filter(m -> subjectIs(m, subject))
                    .toList();
            if (!found.isEmpty()) {
                return found.getLast();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no e-mail '" + subject + "' for " + address);
    }

    private static boolean subjectIs(MimeMessage message, String subject) {
        try {
            return subject.equals(message.getSubject());
        } catch (MessagingException e) {
            return false;
        }
    }
}
