package org.imc.platform.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.ChangedElsewhere;
import org.imc.platform.base.ui.LiveViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.learning.Course;
import org.imc.platform.learning.CourseData;
import org.imc.platform.learning.CourseService;
import org.imc.platform.learning.CourseSession;
import org.imc.platform.learning.EnrolmentService;
import org.imc.platform.learning.EnrolmentStatus;
import org.imc.platform.learning.LearningFixtures;
import org.imc.platform.learning.SessionData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The trainer's desk and a course page while the same course changes elsewhere (another window of
 * the trainer, a learner): an open course or session dialog says so at once and reopens on the
 * current record; the lists are drawn again when what they show changed, and not for the echo of
 * the user's own action. Each test works on a course of its own, removed afterwards.
 */
@ViewTest
class LiveLearningViewsTest extends LiveViewTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    JdbcTemplate jdbc;

    private Long courseId;

    @AfterEach
    void removeCourse() {
        if (courseId != null) {
            LearningFixtures.removeCourse(jdbc, courseId);
        }
    }

    private long courseWithSession(String name, int capacity, boolean approval) {
        long sessionId = LearningFixtures.courseWithSession(jdbc, "trainer", name, capacity, approval);
        courseId = LearningFixtures.courseOf(jdbc, sessionId);
        return sessionId;
    }

    /** The trainer's desk with this test's course selected. */
    private TrainerView desk() {
        TrainerView view = navigate(TrainerView.class);
        var grid = test(view.courseGrid);
        grid.select(IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).getId().equals(courseId))
                .findFirst()
                .orElseThrow());
        return view;
    }

    @Test
    @WithUserDetails("trainer")
    void aSessionChangedInAnotherWindowWhileItsDialogIsOpen() throws Exception {
        long sessionId = courseWithSession("Live cohort", 2, false);
        TrainerView view = desk();
        assertThat(test(view.sessionGrid).getCellText(0, 2)).isEqualTo("0 of 2");
        test(button(view.sessionGrid, 0, "Edit")).click();
        SessionForm form = find(SessionForm.class).single();
        test(form.name).setValue("Typed here, not saved");

        CourseSession session = courses.session(sessionId);
        SessionData d = SessionData.of(session);
        as(
                "trainer",
                () -> courses.updateSession(
                        sessionId,
                        session.getVersion(),
                        new SessionData(
                                d.name(),
                                d.startDate(),
                                d.endDate(),
                                5,
                                d.enrolmentOpens(),
                                d.enrolmentCloses(),
                                d.approvalRequired())));

        assertThat(eventually(form::saysChangedElsewhere))
                .as("the open dialog says so")
                .isTrue();
        assertThat(form.name.getValue()).as("what was typed stays").isEqualTo("Typed here, not saved");
        assertThat(test(view.sessionGrid).getCellText(0, 2)).isEqualTo("0 of 5");

        test(reloadButton()).click();
        assertThat(form.isOpened()).isFalse();
        SessionForm again = openForm(SessionForm.class);
        assertThat(again.capacity.getValue()).isEqualTo(5);
        assertThat(again.name.getValue()).isEqualTo("Live cohort");
        assertThat(again.saysChangedElsewhere()).isFalse();
    }

    @Test
    @WithUserDetails("trainer")
    void aCourseChangedInAnotherWindowWhileItsDialogIsOpen() throws Exception {
        courseWithSession("Course cohort", 2, false);
        TrainerView view = desk();
        int row = IntStream.range(0, test(view.courseGrid).size())
                .filter(i -> test(view.courseGrid).getRow(i).getId().equals(courseId))
                .findFirst()
                .orElseThrow();
        test(button(view.courseGrid, row, "Edit")).click();
        CourseForm form = find(CourseForm.class).single();
        test(form.duration).setValue(9);

        Course course = courses.get(courseId);
        CourseData d = CourseData.of(course);
        as(
                "trainer",
                () -> courses.update(
                        courseId,
                        course.getVersion(),
                        new CourseData(
                                d.title(),
                                "Described in another window",
                                d.subProgramme(),
                                d.language(),
                                d.format(),
                                d.durationHours(),
                                d.prerequisiteId(),
                                d.sdgTargets())));

        assertThat(eventually(form::saysChangedElsewhere)).isTrue();
        assertThat(form.duration.getValue()).isEqualTo(9);
        test(reloadButton()).click();
        CourseForm again = openForm(CourseForm.class);
        assertThat(again.description.getValue()).isEqualTo("Described in another window");
        assertThat(again.duration.getValue()).isEqualTo(6);
    }

    @Test
    @WithUserDetails("trainer")
    void aDialogWhoseRecordDidNotChangeSaysNothing() throws Exception {
        long sessionId = courseWithSession("Quiet cohort", 3, false);
        TrainerView view = desk();
        test(button(view.sessionGrid, 0, "Edit")).click();
        SessionForm form = find(SessionForm.class).single();
        Probe probe = probe(Topic.courseSession(sessionId));
        // a learner enrols: the seats change, the session's record does not
        as("member", () -> enrolments.enrol(sessionId));
        probe.awaitDelivered();
        assertThat(test(view.sessionGrid).getCellText(0, 2)).isEqualTo("1 of 3");
        assertThat(form.saysChangedElsewhere()).isFalse();
    }

    @Test
    @WithUserDetails("trainer")
    void theTrainersOwnActionIsNotDrawnTwiceAndAnotherUsersChangeIs() throws Exception {
        long sessionId = courseWithSession("Echo cohort", 3, true);
        LearningFixtures.seat(jdbc, sessionId, "learner02", "PENDING", null);
        TrainerView view = desk();
        test(view.sessionGrid).select(0);
        Probe probe = probe(Topic.courseSession(sessionId));

        test(button(view.roster, 0, "Approve")).click();
        assertThat(test(view.roster).getRow(0).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        var sessionsDrawn = view.sessionGrid.getDataProvider();
        var rosterDrawn = view.roster.getDataProvider();

        probe.awaitDelivered();
        assertThat(view.sessionGrid.getDataProvider())
                .as("sessions not drawn again for the echo of the approval")
                .isSameAs(sessionsDrawn);
        assertThat(view.roster.getDataProvider())
                .as("roster not drawn again for the echo")
                .isSameAs(rosterDrawn);

        // another user's change is drawn
        as("member", () -> enrolments.enrol(sessionId));
        assertThat(eventually(() -> test(view.roster).size() == 2))
                .as("the new participant appears")
                .isTrue();
        assertThat(view.roster.getDataProvider()).isNotSameAs(rosterDrawn);
        assertThat(test(view.sessionGrid).getCellText(0, 2)).isEqualTo("2 of 3");
    }

    @Test
    @WithUserDetails("member")
    void theCoursePageIsNotDrawnAgainForTheEchoOfTheLearnersOwnEnrolment() throws Exception {
        long sessionId = courseWithSession("Learner echo cohort", 3, false);
        CourseDetailView page = navigate(CourseDetailView.class, courseId);
        Probe probe = probe(Topic.courseSession(sessionId));
        test(button(page.sessions, 0, "Enrol")).click();
        var drawn = page.sessions.getDataProvider();
        assertThat(test(page.sessions).getCellText(0, 3)).isEqualTo("1 of 3");

        probe.awaitDelivered();
        assertThat(page.sessions.getDataProvider()).as("not drawn again").isSameAs(drawn);

        as("learner01", () -> enrolments.enrol(sessionId));
        assertThat(eventually(() -> "2 of 3".equals(test(page.sessions).getCellText(0, 3))))
                .as("another learner's seat is shown")
                .isTrue();
    }

    @Test
    @WithUserDetails("member")
    void anEnrolButtonOnTheScreenStillEnrolsAfterOthersTookSeats() throws Exception {
        long sessionId = courseWithSession("Crowded cohort", 3, false);
        CourseDetailView page = navigate(CourseDetailView.class, courseId);
        Button onScreen = drawnButton(page.sessions, "Enrol");

        // others enrol while the learner looks at the page: every seat taken redraws its row
        as("learner01", () -> enrolments.enrol(sessionId));
        assertThat(eventually(() -> "1 of 3".equals(test(page.sessions).getCellText(0, 3))))
                .isTrue();
        as("learner02", () -> enrolments.enrol(sessionId));
        assertThat(eventually(() -> "2 of 3".equals(test(page.sessions).getCellText(0, 3))))
                .isTrue();

        assertThat(onScreen.isAttached())
                .as("the button on the screen is the one the page acts on")
                .isTrue();
        assertThat(drawnButton(page.sessions, "Enrol")).isSameAs(onScreen);
        test(onScreen).click();
        assertThat(jdbc.queryForObject(
                        "select e.status from enrolment e join app_user u on u.id = e.user_id"
                                + " where e.session_id = ? and u.username = 'member'",
                        String.class,
                        sessionId))
                .isEqualTo("ENROLLED");
        assertThat(test(page.sessions).getCellText(0, 3)).isEqualTo("3 of 3");
        assertThat(onScreen.isVisible())
                .as("enrolled: no way in is offered any more")
                .isFalse();
    }

    // ---- helpers

    /** The button with the text that the grid has drawn (attached to the page), in any row. */
    private Button drawnButton(Grid<?> grid, String text) {
        // as the browser's grid does: it asks for the rows it shows, and they are sent
        grid.getDataCommunicator().setViewportRange(0, 50);
        roundTrip();
        return descendants(grid.getElement())
                .flatMap(e -> e.getComponent().stream())
                .filter(c ->
                        c instanceof Button b && b.isVisible() && b.getText().equals(text))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no drawn button " + text));
    }

    /** An element and all below it, with the cells a grid's column holds as virtual children. */
    private static Stream<Element> descendants(Element e) {
        List<Element> cells = new ArrayList<>();
        if (e.getNode().hasFeature(VirtualChildrenList.class)) {
            e.getNode()
                    .getFeatureIfInitialized(VirtualChildrenList.class)
                    .ifPresent(list -> list.iterator().forEachRemaining(n -> cells.add(Element.get(n))));
        }
        return Stream.concat(
                Stream.of(e),
                Stream.concat(e.getChildren(), cells.stream()).flatMap(LiveLearningViewsTest::descendants));
    }

    private Button reloadButton() {
        return (Button) find(ChangedElsewhere.class)
                .single()
                .getChildren()
                .filter(c -> c instanceof Button)
                .findFirst()
                .orElseThrow();
    }

    private <T extends com.vaadin.flow.component.dialog.Dialog> T openForm(Class<T> type) {
        return find(type).all().stream()
                .filter(com.vaadin.flow.component.dialog.Dialog::isOpened)
                .findFirst()
                .orElseThrow();
    }

    /** The button with the text in any cell of the row. */
    private Button button(Grid<?> grid, int row, String text) {
        for (int column = 0; column < grid.getColumns().size(); column++) {
            Component cell;
            try {
                cell = test(grid).getCellComponent(row, column);
            } catch (RuntimeException notAComponentColumn) {
                continue;
            }
            if (cell instanceof Button b && b.getText().equals(text)) {
                return b;
            }
            var match = $(Button.class, cell).all().stream()
                    .filter(b -> b.getText().equals(text))
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        throw new AssertionError("no button " + text + " in row " + row);
    }
}
