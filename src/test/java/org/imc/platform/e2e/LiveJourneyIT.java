package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.SignedInAs;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.fund.ApplicationAction;
import org.imc.platform.fund.ApplicationDraft;
import org.imc.platform.fund.FundApplication;
import org.imc.platform.fund.FundApplicationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people at two browsers, and the screen of one changes while they look at it, without
 * navigating: pushed by the server over the WebSocket after the other's change went through the
 * change feed. What led up to each scene is set up through the services.
 */
class LiveJourneyIT extends BrowserJourneyBase {

    private static final String PREFIX = "Live journey ";

    @Autowired
    FundApplicationService applications;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestData() {
        jdbc.update("DELETE FROM notification WHERE message_args LIKE ?", "%" + PREFIX + "%");
        jdbc.update("DELETE FROM fund_application WHERE title LIKE ?", PREFIX + "%");
        jdbc.update(
                "DELETE e FROM enrolment e JOIN course_session s ON s.id = e.session_id WHERE s.name LIKE ?",
                PREFIX + "%");
        jdbc.update("DELETE FROM course_session WHERE name LIKE ?", PREFIX + "%");
    }

    @Test
    void theOfficerAsksAndTheMayorsBellRisesOnTheOpenDashboard() throws Exception {
        FundApplication taken = submitted("bell", true);
        List<String> webSockets = new CopyOnWriteArrayList<>();
        page.onWebSocket(ws -> webSockets.add(ws.url()));
        signInAs("mayor");
        String dashboard = page.url();
        int before = unread();

        Page officer = otherPerson();
        actOn(officer, () -> {
            signInAs("officer");
            page.navigate(url("fund/applications/" + taken.getId()));
            field("Question to the municipality").fill("Who maintains the kiosks?");
            button("Request information").click();
            assertThat(page.locator("#application-status")).hasText("Information requested");
        });
        long asked = System.nanoTime();

        assertThat(page.locator(".imc-bell-badge")).hasText(Integer.toString(before + 1));
        System.out.printf(
                "Live bell: the count rose %d ms after the officer's page showed the change%n",
                (System.nanoTime() - asked) / 1_000_000);
        org.assertj.core.api.Assertions.assertThat(page.url())
                .as("no navigation")
                .isEqualTo(dashboard);
        page.locator("#notification-bell").click();
        assertThat(page.getByText("The fund asks for information on \"" + taken.getTitle() + "\"."))
                .isVisible();
        shot("bell");
    }

    @Test
    void oneOfficerTakesAnItemAndTheOthersQueueRowSaysSo() throws Exception {
        FundApplication application = submitted("queue", false);
        // at the top of the queue, so the row is on screen
        jdbc.update("UPDATE fund_application SET priority_score = 999.99 WHERE id = ?", application.getId());
        signInAs("officer2");
        page.navigate(url("fund/review"));
        Locator row =
                page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(application.getTitle()));
        assertThat(row).isVisible();
        assertThat(row).not().containsText("taken by");

        Page officer = otherPerson();
        actOn(officer, () -> {
            signInAs("officer");
            page.navigate(url("fund/applications/" + application.getId()));
            button("Take for review").click();
            assertThat(page.locator("#application-status")).hasText("Under review");
        });

        assertThat(row).containsText("taken by Omar Diallo");
        shot("queue");
    }

    @Test
    void theTrainerRaisesTheCapacityAndTheWaitlistedLearnerSeesEnrolled() throws Exception {
        String session = PREFIX + ThreadLocalRandom.current().nextInt(100_000);
        Long courseId =
                jdbc.queryForObject("select id from course where title = ?", Long.class, LearningJourneyIT.COURSE);
        jdbc.update(
                "insert into course_session (course_id, name, start_date, end_date, capacity, enrolment_opens, "
                        + "enrolment_closes, approval_required) values (?, ?, ?, ?, 1, ?, ?, false)",
                courseId,
                session,
                LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(20),
                LocalDate.now().minusDays(5),
                LocalDate.now().plusDays(5));
        Long sessionId = jdbc.queryForObject(
                "select id from course_session where course_id = ? and name = ?", Long.class, courseId, session);
        jdbc.update(
                "insert into enrolment (session_id, user_id, status) select ?, id, 'ENROLLED' from app_user "
                        + "where username = 'learner05'",
                sessionId);
        jdbc.update(
                "insert into enrolment (session_id, user_id, status, waitlist_position) select ?, id, 'WAITLISTED', 1 "
                        + "from app_user where username = 'member'",
                sessionId);

        signInAs("member");
        page.navigate(url("learning/courses/" + courseId));
        Locator mine =
                page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Waitlisted: number 1"));
        assertThat(mine).isVisible();
        Locator enrolled = page.locator(
                "vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^\\s*Enrolled\\s*$")));
        int enrolledBefore = enrolled.count();

        Page trainer = otherPerson();
        actOn(trainer, () -> {
            signInAs("trainer");
            navItem("Teach").click();
            cell(LearningJourneyIT.COURSE).click();
            cell(session).click();
            page.locator("vaadin-button[aria-label='Edit session: " + session + "']")
                    .click();
            field("Capacity (seats)").fill("2");
            button("Save").click();
            assertThat(page.locator(
                                    "vaadin-notification-card",
                                    new Page.LocatorOptions().setHasText("Session " + session + " saved"))
                            .first())
                    .isVisible();
        });

        assertThat(mine).not().isVisible();
        assertThat(enrolled).hasCount(enrolledBefore + 1);
        shot("enrolled");
    }

    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
                .first();
    }

    private int unread() {
        settle();
        Locator badge = page.locator(".imc-bell-badge");
        String text = badge.isVisible() ? badge.textContent().trim() : "";
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    /** An application of Accra submitted by its mayor; taken for review by the officer if asked. */
    private FundApplication submitted(String name, boolean take) throws Exception {
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle(PREFIX + name + " " + ThreadLocalRandom.current().nextInt(100_000));
        d.setSubProgramme(SubProgramme.DRINKING_WATER);
        d.setDescription("Kiosks");
        d.setAmount(new BigDecimal("5000.00"));
        d.setTermMonths(12);
        d.setGraceMonths(0);
        d.setCoFinancing(new BigDecimal("0.00"));
        d.setBeneficiaries(100);
        FundApplication created = as("mayor", () -> applications.createDraft(d));
        FundApplication sent = as(
                "mayor",
                () -> applications.perform(created.getId(), created.getVersion(), ApplicationAction.SUBMIT, null));
        return take
                ? as(
                        "officer",
                        () -> applications.perform(sent.getId(), sent.getVersion(), ApplicationAction.TAKE, null))
                : sent;
    }

    private <T> T as(String username, Callable<T> action) throws Exception {
        return SignedInAs.call(userDetails, username, action);
    }

    private void shot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("LiveJourneyIT-" + name + ".png")));
    }
}
