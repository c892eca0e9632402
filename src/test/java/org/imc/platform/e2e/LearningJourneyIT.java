package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Distance learning end to end: a member joins the waitlist of a full session, the trainer
 * raises the capacity, the member is promoted and told, the trainer records completion, and the
 * certificate's code verifies on the public page without signing in.
 */
class LearningJourneyIT extends BrowserJourneyBase {

    static final String COURSE = "Solid Waste Collection Routes and Costs";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void waitlistedMemberIsPromotedCompletesAndTheCertificateVerifies() throws Exception {
        // a fresh full session of a demo course, so the journey can run again in the same database
        String session = "Journey cohort " + ThreadLocalRandom.current().nextInt(100_000);
        Long courseId = jdbc.queryForObject("select id from course where title = ?", Long.class, COURSE);
        jdbc.update(
                "insert into course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, "
                        + "enrolment_closes, approval_required) values (?, ?, ?, ?, 1, ?, ?, false)",
                courseId,
                session,
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(20),
                LocalDate.now().minusDays(5),
                LocalDate.now().plusDays(5));
        Long sessionId = jdbc.queryForObject(
                "select id from course_session where course_id = ? and name = ?", Long.class, courseId, session);
        jdbc.update(
                "insert into enrolment (session_id, user_id, status) select ?, id, 'ENROLLED' from app_user "
                        + "where username = 'learner05'",
                sessionId);

        // member: the session is full, so they join its waitlist
        signInAs("member");
        navItem("Courses").click();
        field("Search title or description").fill("Solid Waste");
        page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText(COURSE))
                .click();
        assertThat(page.locator("h1")).hasText(COURSE);
        page.locator("vaadin-button[aria-label='Enrol in " + session + "']").click();
        assertThat(notification("you are number 1 on the waitlist")).isVisible();
        shot("1-waitlisted");
        signOut();

        // trainer: raises the capacity to 2
        signInAs("trainer");
        navItem("Teach").click();
        assertThat(page.locator("h1")).hasText("My courses");
        cell(COURSE).click();
        cell(session).click();
        page.locator("vaadin-button[aria-label='Edit session: " + session + "']")
                .click();
        field("Capacity (seats)").fill("2");
        button("Save").click();
        assertThat(notification("Session " + session + " saved")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Michelle Baptiste")))
                .isVisible();
        shot("2-capacity-raised");
        signOut();

        // member: promoted and told so
        signInAs("member");
        page.locator("#notification-bell").click();
        assertThat(page.getByText("A seat became free: you are now enrolled in " + COURSE + " (" + session + ")"))
                .isVisible();
        shot("3-promoted-notification");
        page.keyboard().press("Escape");
        navItem("My learning").click();
        assertThat(page.locator("h1")).hasText("My learning");
        signOut();

        // trainer: records completion
        signInAs("trainer");
        navItem("Teach").click();
        cell(COURSE).click();
        cell(session).click();
        page.locator("vaadin-button[aria-label='Completed: Michelle Baptiste']").click();
        assertThat(notification("Michelle Baptiste is now Completed")).isVisible();
        signOut();

        // member: sees the certificate and downloads the PDF
        String code = jdbc.queryForObject(
                "select c.code from certificate c join enrolment e on e.id = c.enrolment_id "
                        + "join app_user u on u.id = e.user_id where e.session_id = ? and u.username = 'member'",
                String.class,
                sessionId);
        signInAs("member");
        navItem("My learning").click();
        Locator codeCell = page.locator(".imc-certificate-code", new Page.LocatorOptions().setHasText(code));
        assertThat(codeCell).isVisible();
        shot("4-certificate");
        Download download =
                page.waitForDownload(() -> page.locator("a[aria-label='Download the certificate for " + COURSE + "']")
                        .click());
        Path pdf = download.path();
        byte[] bytes = Files.readAllBytes(pdf);
        org.assertj.core.api.Assertions.assertThat(
                        new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("certificate-" + code + ".pdf");
        signOut();

        // anyone: the code verifies without signing in; a made-up one does not
        page.navigate(url("verify/" + code));
        assertThat(page.locator("#verification-result h2")).hasText("Valid certificate");
        assertThat(page.locator("#verification-result")).containsText("Michelle Baptiste completed the course");
        shot("5-verified");
        page.navigate(url("verify/AAAA-BBBB-CCCC-DDDD-EEEE"));
        assertThat(page.locator("#verification-result h2")).hasText("No certificate with this code exists.");
    }

    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
                .first();
    }

    private Locator notification(String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text))
                .first();
    }

    private void signOut() {
        button("Sign out").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    private void shot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("LearningJourneyIT-" + name + ".png")));
    }
}
