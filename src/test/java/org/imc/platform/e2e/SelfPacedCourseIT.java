package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A learner takes the self-paced demo course from enrolment to certificate: enrols, reads the
 * two modules, fails the quiz once, passes it, and downloads the certificate the course issued
 * by itself. Then the trainer looks at the course's content page, sees the learner's progress on
 * the roster and writes to the session's learners.
 */
class SelfPacedCourseIT extends BrowserJourneyBase {

    static final String COURSE = "Climate-Smart Urban Agriculture";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLearnerCompletesASelfPacedCourseAndDownloadsTheCertificate() throws Exception {
        // a learner of its own (password "demo"), so the journey can run again in the same database
        String learner = "journey" + ThreadLocalRandom.current().nextInt(1_000_000);
        jdbc.update(
                "insert into app_user (username, full_name, email, password_hash, enabled) select ?, ?, ?, "
                        + "password_hash, true from app_user where username = 'learner01'",
                learner,
                "Journey Learner",
                learner + "@learning.imc.example");
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'MEMBER' from app_user where username = ?",
                learner);
        Long courseId = jdbc.queryForObject("select id from course where title = ?", Long.class, COURSE);

        signInAs(learner);
        page.navigate(url("learning/courses/" + courseId));
        assertThat(page.locator("h1")).hasText(COURSE);
        assertThat(page.getByText("Enrol in a session to open the modules.")).isVisible();
        page.locator("vaadin-button[aria-label='Enrol in Open enrolment']").click();
        assertThat(page.locator("a", new Page.LocatorOptions().setHasText("Why towns grow food")))
                .isVisible();
        shot("0-course");
        page.locator("a", new Page.LocatorOptions().setHasText("Why towns grow food"))
                .click();

        assertThat(page.locator("h1")).hasText("Why towns grow food");
        shot("1-module");
        button("Mark as read").click();
        assertThat(page.getByText("You have completed this module.")).isVisible();
        page.locator("a", new Page.LocatorOptions().setHasText("Next module")).click();

        assertThat(page.locator("h1")).hasText("Composting schemes");
        Download zip = page.waitForDownload(
                () -> page.locator("a", new Page.LocatorOptions().setHasText("Download all materials (ZIP)"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(zip.suggestedFilename()).endsWith("-materials.zip");
        button("Mark as read").click();
        assertThat(page.getByText("You have completed this module.")).isVisible();
        page.locator("a", new Page.LocatorOptions().setHasText("Next module")).click();

        // the quiz: one wrong answer of three is below the pass mark... with two wrong
        assertThat(page.locator("h1")).hasText("Check what you learnt");
        page.getByText("Tractors").click();
        page.getByText("Greens only").click();
        page.getByText("About once a week").click();
        button("Submit answers").click();
        assertThat(page.getByText("Not passed: 1 of 3 right (33 %). Attempts left: 2."))
                .isVisible();
        shot("2-quiz-failed");
        page.getByText("Unused public land and water points").click();
        page.getByText("One part greens to two parts browns").click();
        page.getByText("About once a week").click();
        button("Submit answers").click();
        assertThat(page.getByText("Passed: 3 of 3 right (100 %).")).isVisible();
        assertThat(page.getByText("You completed this course. Your certificate is ready."))
                .isVisible();
        shot("3-completed");

        Download certificate = page.waitForDownload(
                () -> page.locator("a", new Page.LocatorOptions().setHasText("Download the certificate (PDF)"))
                        .click());
        byte[] pdf = Files.readAllBytes(certificate.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select count(*) from certificate c join enrolment e on e.id = c.enrolment_id "
                                + "join app_user u on u.id = e.user_id where u.username = ?",
                        Long.class,
                        learner))
                .isEqualTo(1);
        button("Sign out").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();

        // the trainer: the course's content page
        signInAs("trainer");
        page.navigate(url("learning/manage/courses/" + courseId));
        assertThat(page.locator("h1")).hasText("Modules of " + COURSE);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Check what you learnt"))
                .first()
                .click();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("About once a week")))
                .isVisible();
        shot("4-trainer-content");

        // the trainer's roster shows the learner's progress; a message goes to the session's learners
        navItem("Teach").click();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(COURSE))
                .first()
                .click();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Open enrolment"))
                .first()
                .click();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("3 of 3")))
                .isVisible();
        button("Message the learners").click();
        field("Subject").fill("Composting day");
        field("Message").fill("We meet at the public site on Saturday at 9.");
        shot("5-message");
        button("Send").click();
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("e-mails written")))
                .isVisible();
    }

    private void shot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(dir.resolve("SelfPacedCourseIT-" + name + ".png"))
                .setFullPage(true));
    }
}
