package org.imc.platform.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.imc.platform.base.ui.BrowserlessViewTest;
import org.imc.platform.base.ui.ViewTest;
import org.imc.platform.learning.LearningFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The module page and the trainer's content page without a browser: a learner reads, answers the
 * quiz and completes a self-paced course; someone without a place is refused; the quiz on the page
 * carries the questions and options and nothing that gives the answer away.
 */
@ViewTest
class CourseModuleViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private Long courseId;

    @AfterEach
    void removeCourse() {
        if (courseId != null) {
            LearningFixtures.removeCourse(jdbc, courseId);
        }
    }

    /** A self-paced course with a reading module and a quiz module (right answers: option 1, then 0); member enrolled. */
    private void selfPacedCourse() {
        long sessionId = LearningFixtures.courseWithSession(jdbc, "trainer", "Open", 10, false);
        courseId = LearningFixtures.courseOf(jdbc, sessionId);
        jdbc.update("update course set format = 'SELF_PACED' where id = ?", courseId);
        LearningFixtures.module(jdbc, courseId, 1, "Reading first", "Some **bold** words.\n\n<b>raw</b>");
        long quiz = LearningFixtures.module(jdbc, courseId, 2, "The quiz", "Answer both.");
        LearningFixtures.question(jdbc, quiz, 1, "Which colour?", 1, "Red", "Green");
        LearningFixtures.question(jdbc, quiz, 2, "Which number?", 0, "One", "Two", "Three");
        LearningFixtures.seat(jdbc, sessionId, "member", "ENROLLED", null);
    }

    @Test
    @WithUserDetails("member")
    void aLearnerReadsPassesTheQuizAndGetsTheCertificate() throws Exception {
        selfPacedCourse();
        CourseModuleView first = navigate("learning/courses/" + courseId + "/modules/1", CourseModuleView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Reading first");
        String html = $(Html.class).first().getElement().getOuterHTML();
        assertThat(html).contains("<strong>bold</strong>").contains("&lt;b&gt;raw&lt;/b&gt;");
        test(first.markRead).click();
        assertThat(jdbc.queryForObject(
                        "select count(*) from module_progress p join course_module m on m.id = p.module_id "
                                + "where m.course_id = ?",
                        Long.class,
                        courseId))
                .isEqualTo(1);

        CourseModuleView second = navigate("learning/courses/" + courseId + "/modules/2", CourseModuleView.class);
        assertThat(second.answers).hasSize(2);
        RadioButtonGroup<Integer> colour = second.answers.get(0);
        assertThat(colour.getLabel()).isEqualTo("Question 1: Which colour?");
        assertThat(colour.getListDataView()
                        .getItems()
                        .map(colour.getItemLabelGenerator())
                        .toList())
                .containsExactly("Red", "Green");
        // nothing on the page marks the right option
        assertThat(second.getElement().getOuterHTML().toLowerCase())
                .doesNotContain("correct")
                .doesNotContain("answer\"");

        // a wrong first try, then the right answers
        second.answers.get(0).setValue(0);
        test(second.submit).click();
        assertThat(second.result.getText()).isEqualTo("Not passed: 0 of 2 right (0 %). Attempts left: 1.");
        second.answers.get(0).setValue(1);
        second.answers.get(1).setValue(0);
        test(second.submit).click();
        assertThat(second.result.getText()).isEqualTo("Passed: 2 of 2 right (100 %).");
        assertThat(jdbc.queryForObject(
                        "select e.status from enrolment e join course_session s on s.id = e.session_id "
                                + "join app_user u on u.id = e.user_id where s.course_id = ? and u.username = 'member'",
                        String.class,
                        courseId))
                .isEqualTo("COMPLETED");
        assertThat(second.certificate).isNotNull();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(second.certificate).download(pdf);
        assertThat(pdf.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    @WithUserDetails("learner05")
    void someoneWithoutAPlaceIsRefusedTheModules() {
        selfPacedCourse();
        navigate("learning/courses/" + courseId + "/modules/1", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Access denied");
        CourseDetailView detail = navigate(CourseDetailView.class, courseId);
        assertThat(detail.modules.getElement().getTextRecursively())
                .contains("Reading first")
                .contains("Enrol in a session to open the modules.");
        assertThat($(Anchor.class, detail.modules).all()).isEmpty();
    }

    @Test
    @WithUserDetails("trainer")
    void theTrainerAddsAModuleAndAQuestion() {
        selfPacedCourse();
        CourseContentView view = navigate(CourseContentView.class, courseId);
        assertThat(test(view.moduleGrid).size()).isEqualTo(2);
        test(view.addModule).click();
        ModuleForm form = $(ModuleForm.class).first();
        form.fields.title().setValue("Third step");
        form.fields.video().setValue("http://not-secure.example");
        test(form.saveButton()).click();
        assertThat(form.fields.video().isInvalid()).isTrue();
        form.fields.video().setValue("https://video.example/3");
        test(form.saveButton()).click();
        assertThat(test(view.moduleGrid).size()).isEqualTo(3);
        assertThat(view.module.getTitle()).isEqualTo("Third step");

        test(view.addQuestion).click();
        QuestionForm question = $(QuestionForm.class).first();
        question.prompt.setValue("Is it done?");
        question.options.setValue("Yes\nNo\n");
        question.correct.setValue(1);
        test(question.saveButton()).click();
        assertThat(test(view.questionGrid).size()).isEqualTo(1);
        assertThat(test(view.questionGrid).getCellText(0, 1)).isEqualTo("Yes");
        List<String> titles = jdbc.queryForList(
                "select title from course_module where course_id = ? order by position", String.class, courseId);
        assertThat(titles).containsExactly("Reading first", "The quiz", "Third step");
    }
}
