package org.imc.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attempt limit holds under contention: a learner submits the same quiz from eight tabs at
 * once, with two attempts allowed; exactly two are graded and recorded, numbered 1 and 2.
 */
class QuizRaceTest extends LearningTestSupport {

    static final int TABS = 8;

    @Autowired
    CourseContent content;

    @Autowired
    CourseProgress progress;

    @Test
    void simultaneousSubmissionsNeverPassTheAttemptLimit() throws Exception {
        Course course = newCourse("trainer", null);
        CourseSession session = newSession("trainer", course, 5, false);
        CourseModule module =
                callAs("trainer", () -> content.addModule(course.getId(), new ModuleData("Quiz", null, null, 100, 2)));
        callAs(
                "trainer",
                () -> content.addQuestion(module.getId(), new QuestionData("Right?", List.of("No", "Yes"), 1)));
        String learner = newUser(null);
        enrol(learner, session);

        CountDownLatch ready = new CountDownLatch(TABS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<QuizResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(TABS)) {
            for (int i = 0; i < TABS; i++) {
                results.add(pool.submit(() -> callAs(learner, () -> {
                    ready.countDown();
                    go.await();
                    return progress.submitQuiz(course.getId(), 1, Map.of());
                })));
            }
            ready.await();
            go.countDown();
            int graded = 0;
            int refused = 0;
            for (Future<QuizResult> f : results) {
                try {
                    f.get();
                    graded++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(BusinessException.class);
                    assertThat(((BusinessException) e.getCause()).getMessageKey())
                            .isEqualTo("learning.error.no-attempts-left");
                    refused++;
                }
            }
            assertThat(graded).isEqualTo(2);
            assertThat(refused).isEqualTo(TABS - 2);
        }
        assertThat(jdbc.queryForList(
                        "select a.attempt_no from quiz_attempt a join enrolment e on e.id = a.enrolment_id "
                                + "join app_user u on u.id = e.user_id where u.username = ? order by a.attempt_no",
                        Integer.class,
                        learner))
                .containsExactly(1, 2);
    }
}
