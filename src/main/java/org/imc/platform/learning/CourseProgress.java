package org.imc.platform.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.FreeText;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.learning.Seats.Locked;
import org.imc.platform.mail.MailCategory;
import org.imc.platform.mail.MailContent;
import org.imc.platform.mail.OutboxService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.imc.platform.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a course: its modules for learners with a place in it (ENROLLED, or COMPLETED to read
 * again) and for its trainer; progress per module (a module without questions is done when the
 * learner marks it read, one with questions when its quiz is passed); quizzes graded here, with
 * the right answers never leaving the server; a self-paced course that completes itself through
 * {@link Completion}, exactly as a trainer's recorded completion does; the materials as one ZIP;
 * and, for the trainer, each learner's progress and a message to a session's learners by e-mail.
 * <p>
 * Progress changes run under the session's row lock ({@link Seats#lockEnrolment}), like every
 * other change of an enrolment, so two tabs submitting the same quiz cannot pass the attempt limit
 * and a completion is never issued twice. Those two run READ COMMITTED: the attempts and progress
 * counted after the lock are the committed ones, not a snapshot taken before it (MariaDB's default
 * REPEATABLE READ would show the count as it was before the other tab's commit).
 */
@Service
@PreAuthorize(Roles.SIGNED_IN)
public class CourseProgress {

    static final int MESSAGE_SUBJECT_MAX = 150;
    static final int MESSAGE_TEXT_MAX = 5000;

    private final CourseService courseService;
    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final ModuleMaterialRepository materials;
    private final QuizQuestionRepository questions;
    private final EnrolmentRepository enrolments;
    private final CourseSessionRepository sessions;
    private final Seats seats;
    private final Completion completion;
    private final LearningQueries queries;
    private final OutboxService outbox;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CourseProgress(
            CourseService courseService,
            CourseRepository courses,
            CourseModuleRepository modules,
            ModuleMaterialRepository materials,
            QuizQuestionRepository questions,
            EnrolmentRepository enrolments,
            CourseSessionRepository sessions,
            Seats seats,
            Completion completion,
            LearningQueries queries,
            OutboxService outbox,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock) {
        this.courseService = courseService;
        this.courses = courses;
        this.modules = modules;
        this.materials = materials;
        this.questions = questions;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.seats = seats;
        this.completion = completion;
        this.queries = queries;
        this.outbox = outbox;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** A course's modules by number and title, with the reader's progress (none for someone without a place). */
    @Transactional(readOnly = true)
    public List<ModuleOutline> outline(Long courseId) {
        Set<Long> done = queries.accessEnrolment(courseId, currentUser.require().id())
                .map(queries::doneModules)
                .orElse(Set.of());
        return outline(courseId, done);
    }

    /** Whether the signed-in user may open the course's modules (a place in it, or teaching it). */
    @Transactional(readOnly = true)
    public boolean canOpen(Long courseId) {
        Course course = courses.findById(courseId).orElseThrow(RecordNotFoundException::new);
        Long me = currentUser.require().id();
        return me.equals(course.getTrainerUserId())
                || queries.accessEnrolment(courseId, me).isPresent();
    }

    private List<ModuleOutline> outline(Long courseId, Set<Long> done) {
        List<CourseModule> all = modules.findByCourseIdOrderByPositionAsc(courseId);
        Set<Long> withQuiz = new HashSet<>();
        for (CourseModule m : all) {
            if (questions.countByModuleId(m.getId()) > 0) {
                withQuiz.add(m.getId());
            }
        }
        return all.stream()
                .map(m -> new ModuleOutline(
                        m.getPosition(), m.getTitle(), withQuiz.contains(m.getId()), done.contains(m.getId())))
                .toList();
    }

    /**
     * Module {@code number} (1..N) of a course, for a learner with a place in it or its trainer;
     * anyone else is refused. Reading counts as activity for the reminders.
     */
    @Transactional
    public ModulePage module(Long courseId, int number) {
        Course course = courses.findById(courseId).orElseThrow(RecordNotFoundException::new);
        Access access = access(course);
        CourseModule module =
                modules.findByCourseIdAndPosition(courseId, number).orElseThrow(RecordNotFoundException::new);
        List<QuizQuestionView> quiz = questions.findByModuleIdOrderByPositionAsc(module.getId()).stream()
                .map(q -> new QuizQuestionView(q.getId(), q.getPrompt(), q.getOptions()))
                .toList();
        Set<Long> done = access.enrolment == null ? Set.of() : queries.doneModules(access.enrolment.getId());
        int used = access.enrolment == null ? 0 : queries.attemptsUsed(access.enrolment.getId(), module.getId());
        if (access.enrolment != null) {
            queries.touch(access.enrolment.getId(), clock.instant());
        }
        Optional<Meeting> meeting =
                access.enrolment == null ? Optional.empty() : meetingIfEnrolled(course, access.enrolment);
        return new ModulePage(
                courseId,
                course.getTitle(),
                course.getFormat() == CourseFormat.SELF_PACED,
                number,
                (int) modules.countByCourseId(courseId),
                module.getTitle(),
                ModuleText.html(module.getBody()),
                module.getVideoUrl(),
                materials.infos(List.of(module.getId())),
                quiz,
                module.getPassMark(),
                module.getMaxAttempts(),
                used,
                done.contains(module.getId()),
                access.enrolment != null,
                access.enrolment != null && access.enrolment.getStatus() == EnrolmentStatus.ENROLLED,
                access.enrolment == null ? null : access.enrolment.getId(),
                access.enrolment == null ? null : access.enrolment.getStatus(),
                meeting,
                outline(courseId, done));
    }

    /**
     * The meeting of a live session, for a learner ENROLLED in it or the course's trainer; empty
     * for anyone else and when the session has none.
     */
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(Long sessionId) {
        CourseSession session = sessions.findById(sessionId).orElseThrow(RecordNotFoundException::new);
        Course course = courses.findById(session.getCourseId()).orElseThrow(RecordNotFoundException::new);
        SignedInUser me = currentUser.require();
        boolean trainer = me.id().equals(course.getTrainerUserId());
        boolean enrolled = enrolments
                .findBySessionIdAndLearnerUserId(sessionId, me.id())
                .map(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .orElse(false);
        if (!(trainer || enrolled) || session.meetingUrl() == null) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(session.getName(), session.meetingUrl(), session.meetingAt()));
    }

    private Optional<Meeting> meetingIfEnrolled(Course course, Enrolment e) {
        if (course.getFormat() != CourseFormat.LIVE_ONLINE || e.getStatus() != EnrolmentStatus.ENROLLED) {
            return Optional.empty();
        }
        CourseSession session = sessions.findById(e.getSessionId()).orElseThrow(RecordNotFoundException::new);
        return session.meetingUrl() == null
                ? Optional.empty()
                : Optional.of(new Meeting(session.getName(), session.meetingUrl(), session.meetingAt()));
    }

    // ---------------------------------------------------------------- progress

    /**
     * The learner marks a module without questions as read; returns true when this completed a
     * self-paced course. A module with questions is done by passing its quiz instead.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean markRead(Long courseId, int number) {
        Locked locked = lockOwnEnrolment(courseId);
        CourseModule module =
                modules.findByCourseIdAndPosition(courseId, number).orElseThrow(RecordNotFoundException::new);
        if (questions.countByModuleId(module.getId()) > 0) {
            throw new BusinessException("learning.error.quiz-required");
        }
        Instant now = clock.instant();
        queries.touch(locked.enrolment().getId(), now);
        if (queries.markDone(locked.enrolment().getId(), module.getId(), now)) {
            audit.record(
                    "MODULE_DONE",
                    Seats.ENTITY,
                    locked.enrolment().getId(),
                    null,
                    Snapshot.of("module", module.getId(), "position", number));
        }
        return completeIfFinished(locked);
    }

    /**
     * Grades the learner's answers to a module's quiz ({@code answers}: question id → chosen
     * option index; a missing answer is wrong). Refused when no attempts are left or the quiz was
     * already passed. Every attempt is recorded; a pass marks the module done and may complete a
     * self-paced course.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public QuizResult submitQuiz(Long courseId, int number, Map<Long, Integer> answers) {
        Locked locked = lockOwnEnrolment(courseId);
        Enrolment e = locked.enrolment();
        CourseModule module =
                modules.findByCourseIdAndPosition(courseId, number).orElseThrow(RecordNotFoundException::new);
        List<QuizQuestion> quiz = questions.findByModuleIdOrderByPositionAsc(module.getId());
        if (quiz.isEmpty()) {
            throw new BusinessException("learning.error.no-quiz");
        }
        if (queries.doneModules(e.getId()).contains(module.getId())) {
            throw new BusinessException("learning.error.quiz-passed");
        }
        int used = queries.attemptsUsed(e.getId(), module.getId());
        if (used >= module.getMaxAttempts()) {
            throw new BusinessException("learning.error.no-attempts-left", module.getMaxAttempts());
        }
        int correct = 0;
        List<String> given = new ArrayList<>();
        for (QuizQuestion q : quiz) {
            Integer chosen = answers == null ? null : answers.get(q.getId());
            if (q.isRight(chosen)) {
                correct++;
            }
            given.add(q.getId() + ":" + (chosen == null ? "-" : chosen));
        }
        int score = (int) Math.round(correct * 100.0 / quiz.size());
        // exact, without rounding: 2 of 3 right is below a pass mark of 67 %
        boolean passed = correct * 100 >= module.getPassMark() * quiz.size();
        int attempt = used + 1;
        Instant now = clock.instant();
        queries.recordAttempt(
                e.getId(), module.getId(), attempt, correct, quiz.size(), score, passed, String.join(",", given), now);
        queries.touch(e.getId(), now);
        audit.record(
                "QUIZ_ATTEMPT",
                Seats.ENTITY,
                e.getId(),
                null,
                Snapshot.of("module", module.getId(), "attempt", attempt, "score", score, "passed", passed));
        boolean completed = false;
        if (passed) {
            queries.markDone(e.getId(), module.getId(), now);
            completed = completeIfFinished(locked);
        }
        return new QuizResult(
                attempt,
                correct,
                quiz.size(),
                score,
                module.getPassMark(),
                passed,
                module.getMaxAttempts() - attempt,
                completed);
    }

    /** A self-paced course whose every module is done completes itself: the trainer's completion, certificate included. */
    private boolean completeIfFinished(Locked locked) {
        Enrolment e = locked.enrolment();
        Course course = locked.course();
        if (course.getFormat() != CourseFormat.SELF_PACED || e.getStatus() != EnrolmentStatus.ENROLLED) {
            return false;
        }
        Set<Long> done = queries.doneModules(e.getId());
        List<CourseModule> all = modules.findByCourseIdOrderByPositionAsc(course.getId());
        if (all.isEmpty() || !all.stream().allMatch(m -> done.contains(m.getId()))) {
            return false;
        }
        completion.complete(e, course, LocalDate.now(clock), "SELF_COMPLETE");
        return true;
    }

    // ---------------------------------------------------------------- materials

    /** One material, for a learner with a place in its course or the trainer; audited. */
    @Transactional
    public MaterialContent material(Long materialId) {
        ModuleMaterial material = materials.findById(materialId).orElseThrow(RecordNotFoundException::new);
        CourseModule module = modules.findById(material.getModuleId()).orElseThrow(RecordNotFoundException::new);
        access(courses.findById(module.getCourseId()).orElseThrow(RecordNotFoundException::new));
        audit.record("DOWNLOAD", CourseContent.MATERIAL, materialId, null, Snapshot.of("module", module.getId()));
        return new MaterialContent(material.getFileName(), material.getContentType(), material.getContent());
    }

    /** How many materials a course has (the ZIP link is offered only when there are some). */
    @Transactional(readOnly = true)
    public int materialCount(Long courseId) {
        return materials.infos(moduleIds(courseId)).size();
    }

    /**
     * Every material of a course as one ZIP, written to {@code out} one file at a time straight
     * from the database (a folder per module: {@code 01 Title/file.pdf}), for a learner with a
     * place in the course or its trainer; audited.
     */
    @Transactional
    public void writeMaterialsZip(Long courseId, OutputStream out) {
        Course course = courses.findById(courseId).orElseThrow(RecordNotFoundException::new);
        access(course);
        Map<Long, CourseModule> byId = modules.findByCourseIdOrderByPositionAsc(courseId).stream()
                .collect(Collectors.toMap(CourseModule::getId, m -> m));
        List<MaterialInfo> files = materials.infos(byId.keySet());
        Set<String> names = new HashSet<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (MaterialInfo file : files) {
                CourseModule m = byId.get(file.moduleId());
                String folder = String.format("%02d %s", m.getPosition(), safeFolder(m.getTitle()));
                String name = folder + "/" + file.fileName();
                for (int i = 2; !names.add(name); i++) {
                    name = folder + "/" + i + "-" + file.fileName();
                }
                zip.putNextEntry(new ZipEntry(name));
                queries.copyMaterial(file.id(), zip);
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("DOWNLOAD_MATERIALS", CourseService.COURSE, courseId, null, Snapshot.of("files", files.size()));
    }

    /** The name of the materials ZIP of a course. */
    public static String zipName(Long courseId) {
        return "course-" + courseId + "-materials.zip";
    }

    private static String safeFolder(String title) {
        String s = title.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        return s.length() > 60 ? s.substring(0, 60).strip() : s;
    }

    private List<Long> moduleIds(Long courseId) {
        return modules.findByCourseIdOrderByPositionAsc(courseId).stream()
                .map(CourseModule::getId)
                .toList();
    }

    // ---------------------------------------------------------------- the trainer's side

    /** Per enrolment of one of the signed-in trainer's sessions, how many modules are done. */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional(readOnly = true)
    public Map<Long, Integer> doneCounts(Long sessionId) {
        CourseSession session = courseService.session(sessionId);
        courseService.owned(session.getCourseId());
        return queries.doneCounts(sessionId);
    }

    /** How many modules a course has. */
    @Transactional(readOnly = true)
    public int moduleCount(Long courseId) {
        return (int) modules.countByCourseId(courseId);
    }

    /**
     * The trainer writes to every learner holding a seat in one of their sessions (enrolled or
     * awaiting approval): one e-mail each through the outbox, in the recipient's language around
     * the trainer's own words, as each chose for learning e-mails. Audited; returns how many
     * e-mails were written.
     */
    @PreAuthorize(Roles.IS_TRAINER)
    @Transactional
    public int messageLearners(Long sessionId, String subject, String text) {
        CourseSession session = courseService.session(sessionId);
        Course course = courseService.owned(session.getCourseId());
        String cleanSubject = FreeText.required(subject, MESSAGE_SUBJECT_MAX, "learning.error.message-subject");
        String cleanText = FreeText.required(text, MESSAGE_TEXT_MAX, "learning.error.message-text");
        String trainer = currentUser.require().fullName();
        int sent = 0;
        for (Long learner : queries.seatedLearners(sessionId)) {
            if (outbox.enqueue(
                            learner,
                            MailCategory.LEARNING,
                            MailContent.of(
                                    "learning.mail.message.subject",
                                    "learning.mail.message.body",
                                    "learning/courses/" + course.getId(),
                                    course.getTitle(),
                                    cleanSubject,
                                    cleanText,
                                    trainer))
                    .isPresent()) {
                sent++;
            }
        }
        audit.record(
                "MESSAGE_LEARNERS",
                CourseService.SESSION,
                sessionId,
                null,
                Snapshot.of("subject", cleanSubject, "recipients", sent));
        return sent;
    }

    // ---------------------------------------------------------------- access

    private record Access(Enrolment enrolment, boolean trainer) {}

    /** The reader's place in the course: their enrolment, or the trainer's own access; refused otherwise. */
    private Access access(Course course) {
        SignedInUser me = currentUser.require();
        Optional<Enrolment> mine =
                queries.accessEnrolment(course.getId(), me.id()).flatMap(enrolments::findById);
        if (mine.isPresent()) {
            return new Access(mine.get(), false);
        }
        if (Objects.equals(course.getTrainerUserId(), me.id())) {
            return new Access(null, true);
        }
        throw new AccessDeniedException("not enrolled in course " + course.getId());
    }

    /** The signed-in learner's ENROLLED enrolment in the course, under its session's lock; refused otherwise. */
    private Locked lockOwnEnrolment(Long courseId) {
        courses.findById(courseId).orElseThrow(RecordNotFoundException::new);
        Long enrolmentId = queries.accessEnrolment(
                        courseId, currentUser.require().id())
                .orElseThrow(() -> new AccessDeniedException("not enrolled in course " + courseId));
        Locked locked = seats.lockEnrolment(enrolmentId);
        if (locked.enrolment().getStatus() != EnrolmentStatus.ENROLLED) {
            throw new BusinessException("learning.error.not-taking");
        }
        return locked;
    }
}
