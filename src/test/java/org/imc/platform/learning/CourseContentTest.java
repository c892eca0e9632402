package org.imc.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Courses that teach, on MariaDB: modules and quizzes kept by the trainer, quizzes graded on the
 * server without the answers reaching the learner's page, progress and the self-paced completion
 * with its certificate, the meeting link for enrolled learners only, one reminder per inactive
 * stretch, the trainer's message by e-mail and the materials ZIP.
 */
class CourseContentTest extends LearningTestSupport {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

    @Autowired
    CourseContent content;

    @Autowired
    CourseProgress progress;

    @Autowired
    LearningReminders reminders;

    Course newCourse(String trainer, CourseFormat format) throws Exception {
        CourseData values = new CourseData(
                "Content course " + ThreadLocalRandom.current().nextInt(1_000_000),
                null,
                SubProgramme.SANITATION,
                CourseLanguage.ENGLISH,
                format,
                4,
                null,
                java.util.Set.of());
        Course course = callAs(trainer, () -> courses.create(values));
        createdCourses.add(course.getId());
        return course;
    }

    CourseModule module(String trainer, Course course, String title, int passMark, int attempts) throws Exception {
        return callAs(
                trainer,
                () -> content.addModule(
                        course.getId(), new ModuleData(title, "Read *this*.", null, passMark, attempts)));
    }

    /** Two questions whose right answers are option 1 and option 0. */
    List<QuizQuestionEdit> quiz(String trainer, CourseModule m) throws Exception {
        return List.of(
                callAs(
                        trainer,
                        () -> content.addQuestion(
                                m.getId(), new QuestionData("Who signs?", List.of("Nobody", "Both mayors"), 1))),
                callAs(
                        trainer,
                        () -> content.addQuestion(
                                m.getId(),
                                new QuestionData("Pass mark unit?", List.of("Percent", "Points", "Hours"), 0))));
    }

    long outboxRows(String username, String subjectLike) {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox o join app_user u on u.id = o.recipient_user_id "
                        + "where u.username = ? and o.subject like ?",
                Long.class,
                username,
                subjectLike);
    }

    @Test
    void quizzesAreGradedOnTheServerWithAPassMarkAndAnAttemptLimitAndTheAnswersNeverReachThePage() throws Exception {
        Course course = newCourse("trainer", CourseFormat.SELF_PACED);
        CourseSession session = newSession("trainer", course, 10, false);
        CourseModule m = module("trainer", course, "Agreements", 100, 2);
        List<QuizQuestionEdit> questions = quiz("trainer", m);
        String learner = newUser(null);
        enrol(learner, session);

        ModulePage page = callAs(learner, () -> progress.module(course.getId(), 1));
        assertThat(page.questions())
                .extracting(QuizQuestionView::prompt)
                .containsExactly("Who signs?", "Pass mark unit?");
        assertThat(page.questions().get(0).options()).containsExactly("Nobody", "Both mayors");
        // what the page gets has no field that could carry the answer
        assertThat(Arrays.stream(QuizQuestionView.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("id", "prompt", "options");
        assertThat(Arrays.stream(ModulePage.class.getRecordComponents())
                        .map(c -> c.getName().toLowerCase()))
                .noneMatch(n -> n.contains("correct") || n.contains("answer"));
        assertThat(page.passMark()).isEqualTo(100);
        assertThat(page.attemptsLeft()).isEqualTo(2);

        // half right is below a 100 % pass mark
        Map<Long, Integer> half = new LinkedHashMap<>();
        half.put(questions.get(0).id(), 1);
        half.put(questions.get(1).id(), 2);
        QuizResult first = callAs(learner, () -> progress.submitQuiz(course.getId(), 1, half));
        assertThat(first.correct()).isEqualTo(1);
        assertThat(first.scorePercent()).isEqualTo(50);
        assertThat(first.passed()).isFalse();
        assertThat(first.attemptsLeft()).isEqualTo(1);

        // no answers at all: all wrong, the last attempt
        QuizResult second = callAs(learner, () -> progress.submitQuiz(course.getId(), 1, Map.of()));
        assertThat(second.correct()).isZero();
        assertThat(second.attemptsLeft()).isZero();

        Map<Long, Integer> right =
                Map.of(questions.get(0).id(), 1, questions.get(1).id(), 0);
        BusinessException none = assertThrows(
                BusinessException.class, () -> callAs(learner, () -> progress.submitQuiz(course.getId(), 1, right)));
        assertThat(none.getMessageKey()).isEqualTo("learning.error.no-attempts-left");
        assertThat(hasTranslation(none.getMessageKey())).isTrue();

        assertThat(jdbc.queryForList(
                        "select score_percent from quiz_attempt a join enrolment e on e.id = a.enrolment_id "
                                + "join app_user u on u.id = e.user_id where u.username = ? order by attempt_no",
                        Integer.class,
                        learner))
                .containsExactly(50, 0);
        assertThat(callAs(learner, () -> progress.module(course.getId(), 1)).done())
                .isFalse();

        // the trainer sees the answers; another trainer does not even see the questions
        assertThat(callAs("trainer", () -> content.questions(m.getId())))
                .extracting(QuizQuestionEdit::correctOption)
                .containsExactly(1, 0);
        String otherTrainer = newUser(null, "TRAINER");
        assertThrows(AccessDeniedException.class, () -> callAs(otherTrainer, () -> content.questions(m.getId())));
        // a question needs its right answer among its options
        assertThrows(
                ConstraintViolationException.class,
                () -> callAs(
                        "trainer", () -> content.addQuestion(m.getId(), new QuestionData("Q", List.of("a", "b"), 2))));
    }

    @Test
    void aSelfPacedCourseCompletesItselfWithTheCertificateOfATrainersCompletion() throws Exception {
        Course course = newCourse("trainer", CourseFormat.SELF_PACED);
        CourseSession session = newSession("trainer", course, 10, false);
        module("trainer", course, "Reading", 80, 3);
        CourseModule withQuiz = module("trainer", course, "Checking", 50, 3);
        List<QuizQuestionEdit> questions = quiz("trainer", withQuiz);
        String learner = newUser("Self Paced Learner");
        Enrolment e = enrol(learner, session);

        // a quiz module is not done by reading it
        BusinessException readQuiz = assertThrows(
                BusinessException.class, () -> callAs(learner, () -> progress.markRead(course.getId(), 2)));
        assertThat(readQuiz.getMessageKey()).isEqualTo("learning.error.quiz-required");

        assertThat(callAs(learner, () -> progress.markRead(course.getId(), 1))).isFalse();
        assertThat(reload(e.getId()).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(callAs(learner, () -> progress.outline(course.getId())))
                .extracting(ModuleOutline::done)
                .containsExactly(true, false);

        QuizResult passed = callAs(
                learner,
                () -> progress.submitQuiz(
                        course.getId(),
                        2,
                        Map.of(questions.get(0).id(), 1, questions.get(1).id(), 1)));
        assertThat(passed.scorePercent()).isEqualTo(50);
        assertThat(passed.passed()).isTrue();
        assertThat(passed.courseCompleted()).isTrue();

        Enrolment completed = reload(e.getId());
        assertThat(completed.getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(completed.getCompletedOn()).isNotNull();
        String code =
                jdbc.queryForObject("select code from certificate where enrolment_id = ?", String.class, e.getId());
        assertThat(certificates.verify(code)).hasValueSatisfying(v -> {
            assertThat(v.learnerName()).isEqualTo("Self Paced Learner");
            assertThat(v.courseTitle()).isEqualTo(course.getTitle());
        });
        assertThat(notifications(learner, "learning.notify.completed")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'Enrolment' and action = 'SELF_COMPLETE' "
                                + "and entity_id = ?",
                        Long.class,
                        e.getId().toString()))
                .isEqualTo(1);
        byte[] pdf =
                callAs(learner, () -> myLearning.certificatePdf(e.getId(), org.imc.platform.base.Language.ENGLISH));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // a passed quiz is not taken again; the completed learner still reads the modules
        BusinessException again = assertThrows(
                BusinessException.class, () -> callAs(learner, () -> progress.submitQuiz(course.getId(), 2, Map.of())));
        assertThat(again.getMessageKey()).isEqualTo("learning.error.not-taking");
        ModulePage reread = callAs(learner, () -> progress.module(course.getId(), 2));
        assertThat(reread.courseCompleted()).isTrue();
        assertThat(reread.done()).isTrue();
    }

    @Test
    void aLiveCourseDoesNotCompleteItselfAndItsMeetingLinkIsForEnrolledLearnersOnly() throws Exception {
        Course course = newCourse("trainer", CourseFormat.LIVE_ONLINE);
        CourseSession session = newSession("trainer", course, 1, false);
        module("trainer", course, "Only module", 80, 3);
        Instant at = Instant.parse("2030-03-04T10:00:00Z");
        CourseSession withMeeting = callAs(
                "trainer",
                () -> content.setMeeting(
                        session.getId(), session.getVersion(), new MeetingData("https://meet.example/imc-42", at)));
        assertThat(withMeeting.meetingUrl()).isEqualTo("https://meet.example/imc-42");

        String enrolled = newUser(null);
        String waitlisted = newUser(null);
        String stranger = newUser(null);
        enrol(enrolled, session);
        assertThat(enrol(waitlisted, session).getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);

        assertThat(callAs(enrolled, () -> progress.meeting(session.getId()))).hasValueSatisfying(m -> {
            assertThat(m.url()).isEqualTo("https://meet.example/imc-42");
            assertThat(m.startsAt()).isEqualTo(at);
        });
        assertThat(callAs(enrolled, () -> progress.module(course.getId(), 1)).meeting())
                .isPresent();
        assertThat(callAs(waitlisted, () -> progress.meeting(session.getId()))).isEmpty();
        assertThat(callAs(stranger, () -> progress.meeting(session.getId()))).isEmpty();
        assertThat(callAs("trainer", () -> progress.meeting(session.getId()))).isPresent();
        // neither may open the modules
        assertThrows(AccessDeniedException.class, () -> callAs(waitlisted, () -> progress.module(course.getId(), 1)));
        assertThrows(AccessDeniedException.class, () -> callAs(stranger, () -> progress.module(course.getId(), 1)));

        // only https links, only by the course's trainer
        CourseSession current = callAs("trainer", () -> courses.session(session.getId()));
        assertThrows(
                ConstraintViolationException.class,
                () -> callAs(
                        "trainer",
                        () -> content.setMeeting(
                                session.getId(), current.getVersion(), new MeetingData("http://meet.example/x", at))));
        String otherTrainer = newUser(null, "TRAINER");
        assertThrows(
                AccessDeniedException.class,
                () -> callAs(
                        otherTrainer,
                        () -> content.setMeeting(
                                session.getId(), current.getVersion(), new MeetingData("https://evil.example", at))));

        // all modules read, but a live course waits for the trainer's outcome
        assertThat(callAs(enrolled, () -> progress.markRead(course.getId(), 1))).isFalse();
        assertThat(countStatus(session.getId(), EnrolmentStatus.COMPLETED)).isZero();
    }

    @Test
    void moduleTextIsMarkdownWithRawHtmlAndScriptLinksDefused() throws Exception {
        Course course = newCourse("trainer", CourseFormat.SELF_PACED);
        newSession("trainer", course, 5, false);
        callAs(
                "trainer",
                () -> content.addModule(
                        course.getId(),
                        new ModuleData(
                                "Safe text",
                                "# Heading\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2)) **bold**",
                                "https://video.example/v/1",
                                80,
                                3)));
        ModulePage page = callAs("trainer", () -> progress.module(course.getId(), 1));
        assertThat(page.learner()).isFalse();
        assertThat(page.html())
                .contains("<h1>Heading</h1>", "<strong>bold</strong>", "&lt;script&gt;")
                .doesNotContain("<script>", "javascript:");
        assertThrows(
                ConstraintViolationException.class,
                () -> callAs(
                        "trainer",
                        () -> content.addModule(
                                course.getId(), new ModuleData("Bad video", null, "javascript:alert(1)", 80, 3))));
    }

    @Test
    void anInactiveLearnerGetsOneReminderAndNoMore() throws Exception {
        Course course = newCourse("trainer", CourseFormat.SELF_PACED);
        CourseSession session = newSession("trainer", course, 10, false);
        module("trainer", course, "Start here", 80, 3);
        String quiet = newUser(null);
        String busy = newUser(null);
        Enrolment q = enrol(quiet, session);
        Enrolment b = enrol(busy, session);
        jdbc.update(
                "update enrolment set created_at = now() - interval 20 day, last_activity_at = null where id = ?",
                q.getId());
        jdbc.update(
                "update enrolment set created_at = now() - interval 20 day, last_activity_at = now() - interval 2 day "
                        + "where id = ?",
                b.getId());

        reminders.remindInactive();
        assertThat(outboxRows(quiet, "Continue your course: " + course.getTitle()))
                .isEqualTo(1);
        assertThat(outboxRows(busy, "Continue your course: " + course.getTitle()))
                .isZero();

        // the next runs (or a second node) send nothing more
        reminders.remindInactive();
        reminders.remindInactive();
        assertThat(outboxRows(quiet, "Continue your course: " + course.getTitle()))
                .isEqualTo(1);

        // active again, then quiet for another 14 days: one more
        jdbc.update("update enrolment set last_activity_at = now() - interval 15 day where id = ?", q.getId());
        jdbc.update("update enrolment set reminded_at = now() - interval 16 day where id = ?", q.getId());
        reminders.remindInactive();
        assertThat(outboxRows(quiet, "Continue your course: " + course.getTitle()))
                .isEqualTo(2);
    }

    @Test
    void theTrainerSeesProgressAndWritesToTheSeatedLearnersThroughTheOutbox() throws Exception {
        Course course = newCourse("trainer", CourseFormat.SELF_PACED);
        CourseSession session = newSession("trainer", course, 1, false);
        module("trainer", course, "One", 80, 3);
        module("trainer", course, "Two", 80, 3);
        String seated = newUser(null);
        String waiting = newUser(null);
        Enrolment s = enrol(seated, session);
        Enrolment w = enrol(waiting, session);
        callAs(seated, () -> progress.markRead(course.getId(), 1));

        Map<Long, Integer> done = callAs("trainer", () -> progress.doneCounts(session.getId()));
        assertThat(done).containsEntry(s.getId(), 1).containsEntry(w.getId(), 0);

        int sent =
                callAs("trainer", () -> progress.messageLearners(session.getId(), "Week 2", "Please read module two."));
        assertThat(sent).isEqualTo(1);
        assertThat(outboxRows(seated, "%Week 2%")).isEqualTo(1);
        assertThat(outboxRows(waiting, "%Week 2%")).isZero();
        assertThat(jdbc.queryForObject(
                        "select body_text from mail_outbox o join app_user u on u.id = o.recipient_user_id "
                                + "where u.username = ? and o.subject like '%Week 2%'",
                        String.class, seated))
                .contains("Please read module two.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'MESSAGE_LEARNERS' and entity_id = ?",
                        Long.class,
                        session.getId().toString()))
                .isEqualTo(1);
        assertThrows(
                AccessDeniedException.class,
                () -> callAs(seated, () -> progress.messageLearners(session.getId(), "x", "y")));
        BusinessException markup = assertThrows(
                BusinessException.class,
                () -> callAs("trainer", () -> progress.messageLearners(session.getId(), "Hi", "<b>bold</b>")));
        assertThat(markup.getMessageKey()).isEqualTo("validation.plain-text");
    }

    @Test
    void theMaterialsZipHoldsEveryFileByModuleForEnrolledLearnersOnly() throws Exception {
        Course course = newCourse("trainer", CourseFormat.SELF_PACED);
        CourseSession session = newSession("trainer", course, 10, false);
        CourseModule first = module("trainer", course, "Water: basics", 80, 3);
        CourseModule second = module("trainer", course, "Plans", 80, 3);
        callAs("trainer", () -> content.addMaterial(first.getId(), "Notes 1.pdf", PDF));
        callAs("trainer", () -> content.addMaterial(second.getId(), "../../diagram.png", PNG));
        BusinessException text = assertThrows(
                BusinessException.class,
                () -> callAs("trainer", () -> content.addMaterial(second.getId(), "run.sh", "#!/bin/sh".getBytes())));
        assertThat(text.getMessageKey()).isEqualTo("learning.error.material-type");

        String learner = newUser(null);
        String stranger = newUser(null);
        enrol(learner, session);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runAs(learner, () -> progress.writeMaterialsZip(course.getId(), out));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly("01 Water_ basics/Notes 1.pdf", "02 Plans/diagram.png");
        assertThat(entries.get("01 Water_ basics/Notes 1.pdf")).isEqualTo(PDF);
        assertThat(entries.get("02 Plans/diagram.png")).isEqualTo(PNG);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'DOWNLOAD_MATERIALS' and entity_id = ?",
                        Long.class,
                        course.getId().toString()))
                .isEqualTo(1);

        assertThrows(
                AccessDeniedException.class,
                () -> runAs(stranger, () -> progress.writeMaterialsZip(course.getId(), new ByteArrayOutputStream())));
        assertThat(callAs("trainer", () -> {
                    ByteArrayOutputStream own = new ByteArrayOutputStream();
                    progress.writeMaterialsZip(course.getId(), own);
                    return own.size();
                }))
                .isPositive();
    }

    @Test
    void anOpeningEnrolmentIsAnnouncedOnceToThoseForWhomItIsTheNextStep() throws Exception {
        Course first = newCourse("trainer", (Long) null);
        CourseSession past = newSession("trainer", first, 10, false);
        Course next = newCourse("trainer", first.getId());
        String graduate = newUser(null);
        String stranger = newUser(null);
        LearningFixtures.seat(jdbc, past.getId(), graduate, "COMPLETED", null);
        java.time.LocalDate today = java.time.LocalDate.now();
        callAs(
                "trainer",
                () -> courses.createSession(
                        next.getId(), withWindow(sessionValues("Next cohort", 10, false), today, today.plusDays(10))));

        reminders.announceOpenings();
        reminders.announceOpenings();
        assertThat(outboxRows(graduate, "Enrolment is open: " + next.getTitle()))
                .isEqualTo(1);
        assertThat(outboxRows(stranger, "Enrolment is open: " + next.getTitle()))
                .isZero();
    }

    @Test
    void theTrainerReordersAndRemovesModulesAndTheNumbersStayContiguous() throws Exception {
        Course course = newCourse("trainer", CourseFormat.SELF_PACED);
        CourseModule a = module("trainer", course, "A", 80, 3);
        CourseModule b = module("trainer", course, "B", 80, 3);
        module("trainer", course, "C", 80, 3);
        callAs("trainer", () -> content.moveModule(b.getId(), b.getVersion(), true));
        assertThat(callAs("trainer", () -> content.modules(course.getId())))
                .extracting(CourseModule::getTitle)
                .containsExactly("B", "A", "C");
        // a stale copy is refused
        assertThrows(
                org.springframework.orm.ObjectOptimisticLockingFailureException.class,
                () -> callAs("trainer", () -> content.moveModule(b.getId(), b.getVersion(), false)));
        CourseModule movedA =
                callAs("trainer", () -> content.modules(course.getId())).get(1);
        callAs("trainer", () -> {
            content.removeModule(movedA.getId(), movedA.getVersion());
            return null;
        });
        assertThat(callAs("trainer", () -> content.modules(course.getId())))
                .extracting(m -> m.getPosition() + m.getTitle())
                .containsExactly("1B", "2C");
        assertThat(a.getId()).isEqualTo(movedA.getId());
    }
}
