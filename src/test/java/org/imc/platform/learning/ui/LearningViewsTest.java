package org.imc.platform.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.DashboardCard;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.learning.CourseFilter;
import org.imc.platform.learning.CourseService;
import org.imc.platform.learning.EnrolmentStatus;
import org.imc.platform.learning.LearningFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The learning screens as learners and the trainer see them, without a browser. Each test works
 * on its own course (removed afterwards) so the demo data stays as it was.
 */
@ViewTest
class LearningViewsTest extends BrowserlessViewTest {

    @Autowired
    CourseService courses;

    @Autowired
    JdbcTemplate jdbc;

    private Long courseId;

    @AfterEach
    void removeCourse() {
        if (courseId != null) {
            LearningFixtures.removeCourse(jdbc, courseId);
        }
    }

    @Test
    @WithUserDetails("member")
    void theCatalogueFiltersInTheDatabase() {
        CourseCatalogView view = navigate(CourseCatalogView.class);
        var grid = test(view.grid);
        assertThat(grid.size())
                .isEqualTo((int) courses.count(CourseFilter.none()))
                .isGreaterThanOrEqualTo(12);

        view.subProgramme.setValue(SubProgramme.DRINKING_WATER);
        grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).getSubProgramme()).isEqualTo(SubProgramme.DRINKING_WATER);
        }
        assertThat(view.total.getText()).isEqualTo("2 courses match");

        view.subProgramme.clear();
        view.search.setValue("sludge");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).getTitle()).isEqualTo("Faecal Sludge Management for Small Towns");
        view.search.setValue("100%");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    @WithUserDetails("member")
    void aLearnerJoinsTheWaitlistOfAFullSessionSeesTheirPositionAndWithdraws() {
        Long sessionId = courseWithSession("Full cohort", 1, false);
        seat(sessionId, "learner01", "ENROLLED", null);

        CourseDetailView detail = navigate(CourseDetailView.class, courseId);
        var sessions = test(detail.sessions);
        assertThat(sessions.getCellText(0, 3)).isEqualTo("1 of 1");
        Button join = (Button) find(detail, sessions, "Join the waitlist");
        test(join).click();
        assertThat(notificationTexts()).contains("The session Full cohort is full: you are number 1 on the waitlist.");
        assertThat(status(sessionId, "member")).isEqualTo("WAITLISTED");

        MyLearningView my = navigate(MyLearningView.class);
        var grid = test(my.grid);
        int row = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).sessionId().equals(sessionId))
                .findFirst()
                .orElseThrow();
        assertThat(grid.getCellText(row, grid.getColumnPosition("status"))).isEqualTo("Waitlisted: number 1");
        test((Button) grid.getCellComponent(row, 5)).click();
        assertThat(status(sessionId, "member")).isEqualTo("WITHDRAWN");
    }

    @Test
    @WithUserDetails("member")
    void aClosedWindowIsExplainedAndNothingIsSaved() {
        Long sessionId = courseWithSession("Closed cohort", 5, false);
        jdbc.update(
                "update course_session set enrolment_closes = ? where id = ?",
                LocalDate.now().minusDays(1),
                sessionId);
        CourseDetailView detail = navigate(CourseDetailView.class, courseId);
        test((Button) find(detail, test(detail.sessions), "Enrol")).click();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Enrolment in this session is closed"));
        assertThat(jdbc.queryForObject("select count(*) from enrolment where session_id = ?", Long.class, sessionId))
                .isZero();
    }

    @Test
    @WithUserDetails("trainer")
    void theTrainerApprovesRecordsCompletionAndExportsTheRoster() throws Exception {
        Long sessionId = courseWithSession("Approval cohort", 3, true);
        seat(sessionId, "learner02", "PENDING", null);
        seat(sessionId, "learner03", "ENROLLED", null);

        TrainerView view = navigate(TrainerView.class);
        var courseGrid = test(view.courseGrid);
        int row = IntStream.range(0, courseGrid.size())
                .filter(i -> courseGrid.getRow(i).getId().equals(courseId))
                .findFirst()
                .orElseThrow();
        courseGrid.select(row);
        test(view.sessionGrid).select(0);
        var roster = test(view.roster);
        assertThat(roster.size()).isEqualTo(2);
        int pending = IntStream.range(0, 2)
                .filter(i -> roster.getRow(i).status() == EnrolmentStatus.PENDING)
                .findFirst()
                .orElseThrow();
        test((Button) find(view, roster, pending, "Approve")).click();
        assertThat(status(sessionId, "learner02")).isEqualTo("ENROLLED");

        var after = test(view.roster);
        int learner03 = IntStream.range(0, after.size())
                .filter(i -> after.getRow(i).username().equals("learner03"))
                .findFirst()
                .orElseThrow();
        test((Button) find(view, after, learner03, "Completed")).click();
        assertThat(status(sessionId, "learner03")).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate c join enrolment e on e.id = c.enrolment_id "
                                + "where e.session_id = ?",
                        Long.class,
                        sessionId))
                .isEqualTo(1);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test(view.export).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("session,username,name")
                .contains("learner02")
                .contains("learner03")
                .contains("COMPLETED");
    }

    @Test
    @WithUserDetails("trainer")
    void badSessionInputShowsFieldMessagesAndSavesNothing() {
        Long sessionId = courseWithSession("Existing", 3, false);
        TrainerView view = navigate(TrainerView.class);
        view.showCourse(courses.get(courseId));
        test(view.addSession).click();
        SessionForm form = $(SessionForm.class).first();
        form.name.setValue("New cohort");
        form.capacity.setValue(0);
        form.start.setValue(LocalDate.now().plusDays(10));
        form.end.setValue(LocalDate.now().plusDays(5));
        form.opens.setValue(LocalDate.now());
        form.closes.setValue(LocalDate.now().plusDays(3));
        test(form.saveButton()).click();
        assertThat(form.capacity.isInvalid()).isTrue();
        assertThat(form.capacity.getErrorMessage()).isEqualTo("Capacity must be between 1 and 10,000 seats");
        assertThat(form.end.isInvalid()).isTrue();
        assertThat(form.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from course_session where course_id = ?", Long.class, courseId))
                .isEqualTo(1);
        assertThat(sessionId).isNotNull();
    }

    @Test
    @WithUserDetails("trainer")
    void badCourseInputShowsFieldMessagesAndSavesNothing() {
        long before = jdbc.queryForObject("select count(*) from course", Long.class);
        TrainerView view = navigate(TrainerView.class);
        test(view.addCourse).click();
        CourseForm form = $(CourseForm.class).first();
        form.title.setValue("   ");
        form.duration.setValue(0);
        form.description.setValue("<script>alert(1)</script>");
        test(form.saveButton()).click();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.subProgramme.isInvalid()).isTrue();
        assertThat(form.duration.getErrorMessage()).isEqualTo("Duration must be between 1 and 1000 hours");
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from course", Long.class))
                .isEqualTo(before);
    }

    @Test
    @WithUserDetails("member")
    void theMemberCannotOpenTheTrainerDesk() {
        navigate("learning/manage", Component.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).first().getText()).isEqualTo("Access denied");
    }

    @Test
    @WithUserDetails("member")
    void theVerificationPageConfirmsRealCodesOnly() {
        String code = jdbc.queryForObject(
                "select c.code from certificate c join enrolment e on e.id = c.enrolment_id "
                        + "join app_user u on u.id = e.user_id where u.username = 'member' limit 1",
                String.class);
        VerifyCertificateView view = navigate(VerifyCertificateView.class, code);
        assertThat($(H2.class, view.result).first().getText()).isEqualTo("Valid certificate");
        assertThat(view.result.getElement().getTextRecursively())
                .contains("Michelle Baptiste")
                .contains("Running Distance Learning for Council Staff");

        view = navigate(VerifyCertificateView.class, "AAAA-BBBB-CCCC-DDDD-EEEE");
        assertThat($(H2.class, view.result).first().getText()).isEqualTo("No certificate with this code exists.");
        assertThat(view.result.getElement().getTextRecursively()).doesNotContain("Michelle");
    }

    @Test
    @WithUserDetails("trainer")
    void trainerAndLearnerCardsAppearOnTheDashboard() {
        navigate("events", Component.class);
        navigate("", Component.class);
        List<String> titles = $(DashboardCard.class).all().stream()
                .map(c -> $(H2.class, c).first().getText())
                .toList();
        assertThat(titles).contains("Teaching", "My learning");
        long pending = jdbc.queryForObject(
                "select count(*) from enrolment e join course_session s on s.id = e.session_id "
                        + "join course c on c.id = s.course_id join app_user u on u.id = c.trainer_id "
                        + "where u.username = 'trainer' and e.status = 'PENDING'",
                Long.class);
        DashboardCard teaching = $(DashboardCard.class).all().stream()
                .filter(c -> $(H2.class, c).first().getText().equals("Teaching"))
                .findFirst()
                .orElseThrow();
        assertThat($(Span.class, teaching)
                        .withClassName("imc-card-figure")
                        .first()
                        .getText())
                .isEqualTo(Long.toString(pending));
        assertThat($(Anchor.class, teaching).first().getHref()).isEqualTo("learning/manage");
        DashboardCard mine = $(DashboardCard.class).all().stream()
                .filter(c -> $(H2.class, c).first().getText().equals("My learning"))
                .findFirst()
                .orElseThrow();
        assertThat($(Anchor.class, mine).all())
                .extracting(Anchor::getHref)
                .containsExactly("learning/my", "learning/courses");
    }

    // ---- helpers

    private Long courseWithSession(String sessionName, int capacity, boolean approval) {
        long sessionId = LearningFixtures.courseWithSession(jdbc, "trainer", sessionName, capacity, approval);
        courseId = LearningFixtures.courseOf(jdbc, sessionId);
        return sessionId;
    }

    private void seat(Long sessionId, String username, String status, Integer position) {
        LearningFixtures.seat(jdbc, sessionId, username, status, position);
    }

    private String status(Long sessionId, String username) {
        return jdbc.queryForObject(
                "select e.status from enrolment e join app_user u on u.id = e.user_id "
                        + "where e.session_id = ? and u.username = ?",
                String.class,
                sessionId,
                username);
    }

    private List<String> notificationTexts() {
        return $(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text", n.getElement().getTextRecursively()))
                .toList();
    }

    /** The button with the given text in the last column of the first row. */
    private Component find(Component view, com.vaadin.flow.component.grid.GridTester<?, ?> grid, String text) {
        return find(view, grid, 0, text);
    }

    private Component find(Component view, com.vaadin.flow.component.grid.GridTester<?, ?> grid, int row, String text) {
        for (int column = 0; column < 12; column++) {
            Component cell;
            try {
                cell = grid.getCellComponent(row, column);
            } catch (RuntimeException notAComponentColumn) {
                continue;
            }
            var match = $(Button.class, cell).all().stream()
                    .filter(b -> b.getText().equals(text))
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            if (cell instanceof Button b && b.getText().equals(text)) {
                return b;
            }
        }
        throw new AssertionError("no button " + text + " in row " + row);
    }
}
