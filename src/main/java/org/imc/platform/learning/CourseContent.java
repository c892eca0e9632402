package org.imc.platform.learning;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Documents;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What a course teaches, kept by its trainer only: ordered modules (text, video link, materials),
 * each module's quiz questions, and a live session's meeting link. Every change checks that the
 * signed-in trainer teaches the course ({@link CourseService#owned}), the expected version of what
 * it changes, and is audited. Learners read through {@link CourseProgress}.
 */
@Service
@Validated
@PreAuthorize(Roles.IS_TRAINER)
public class CourseContent {

    static final String MODULE = "CourseModule";
    static final String MATERIAL = "ModuleMaterial";
    static final String QUESTION = "QuizQuestion";

    /** Materials per module. */
    public static final int MAX_MATERIALS = 10;

    private final CourseService courseService;
    private final CourseModuleRepository modules;
    private final ModuleMaterialRepository materials;
    private final QuizQuestionRepository questions;
    private final CourseSessionRepository sessions;
    private final LearningQueries queries;
    private final AuditService audit;
    private final CurrentUser currentUser;

    CourseContent(
            CourseService courseService,
            CourseModuleRepository modules,
            ModuleMaterialRepository materials,
            QuizQuestionRepository questions,
            CourseSessionRepository sessions,
            LearningQueries queries,
            AuditService audit,
            CurrentUser currentUser) {
        this.courseService = courseService;
        this.modules = modules;
        this.materials = materials;
        this.questions = questions;
        this.sessions = sessions;
        this.queries = queries;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The modules of one of the signed-in trainer's courses, in order, to edit. */
    @Transactional(readOnly = true)
    public List<CourseModule> modules(Long courseId) {
        courseService.owned(courseId);
        return modules.findByCourseIdOrderByPositionAsc(courseId);
    }

    /** A module is added at the end of the course. */
    @Transactional
    public CourseModule addModule(Long courseId, @Valid ModuleData values) {
        courseService.owned(courseId);
        int position = (int) modules.countByCourseId(courseId) + 1;
        CourseModule saved = modules.saveAndFlush(new CourseModule(courseId, position, values));
        audit.record("CREATE", MODULE, saved.getId(), null, saved.snapshot());
        return saved;
    }

    @Transactional
    public CourseModule updateModule(Long moduleId, long expectedVersion, @Valid ModuleData values) {
        CourseModule module = ownedModule(moduleId);
        module.requireVersion(expectedVersion);
        Map<String, Object> before = module.snapshot();
        module.update(values);
        modules.saveAndFlush(module);
        audit.record("UPDATE", MODULE, moduleId, before, module.snapshot());
        return module;
    }

    /**
     * Moves a module one place up (towards 1) or down, swapping with its neighbour; nothing moves
     * at either end. Progress stays with the modules, whatever their numbers.
     */
    @Transactional
    public CourseModule moveModule(Long moduleId, long expectedVersion, boolean up) {
        CourseModule module = ownedModule(moduleId);
        module.requireVersion(expectedVersion);
        int from = module.getPosition();
        int to = up ? from - 1 : from + 1;
        CourseModule neighbour =
                modules.findByCourseIdAndPosition(module.getCourseId(), to).orElse(null);
        if (neighbour == null) {
            return module;
        }
        // through position 0, so the unique key (course, position) holds at every step
        module.moveTo(0);
        modules.saveAndFlush(module);
        neighbour.moveTo(from);
        modules.saveAndFlush(neighbour);
        module.moveTo(to);
        modules.saveAndFlush(module);
        audit.record("MOVE", MODULE, moduleId, Snapshot.of("position", from), Snapshot.of("position", to));
        return module;
    }

    /**
     * Removes a module with its materials and questions; the ones after it move up. Refused once a
     * learner has progress or quiz attempts in it (their record would be lost).
     */
    @Transactional
    public void removeModule(Long moduleId, long expectedVersion) {
        CourseModule module = ownedModule(moduleId);
        module.requireVersion(expectedVersion);
        if (queries.moduleInUse(moduleId)) {
            throw new BusinessException("learning.error.module-in-use");
        }
        Map<String, Object> before = module.snapshot();
        questions.deleteAll(questions.findByModuleIdOrderByPositionAsc(moduleId));
        materials.deleteAllById(materials.infos(List.of(moduleId)).stream()
                .map(MaterialInfo::id)
                .toList());
        modules.delete(module);
        modules.flush();
        queries.closeModuleGap(module.getCourseId(), module.getPosition());
        audit.record("DELETE", MODULE, moduleId, before, null);
    }

    // ---------------------------------------------------------------- materials

    @Transactional(readOnly = true)
    public List<MaterialInfo> materials(Long moduleId) {
        ownedModule(moduleId);
        return materials.infos(List.of(moduleId));
    }

    /**
     * Attaches a material (PDF, slides as .pptx or .odp, PNG or JPEG; the limits of every upload,
     * {@link Documents}), at most {@value #MAX_MATERIALS} per module.
     */
    @Transactional
    public MaterialInfo addMaterial(Long moduleId, String fileName, byte[] content) {
        CourseModule module = ownedModule(moduleId);
        if (content == null || content.length == 0) {
            throw new BusinessException("fund.error.document-empty");
        }
        if (content.length > Documents.MAX_BYTES) {
            throw new BusinessException("fund.error.document-too-large", Documents.MAX_BYTES / (1024 * 1024));
        }
        String type = Documents.detectTypeOrSlides(content);
        if (type == null) {
            throw new BusinessException("learning.error.material-type");
        }
        if (materials.countByModuleId(moduleId) >= MAX_MATERIALS) {
            throw new BusinessException("learning.error.too-many-materials", MAX_MATERIALS);
        }
        ModuleMaterial saved = materials.saveAndFlush(new ModuleMaterial(
                moduleId,
                Documents.safeFileName(fileName, type),
                type,
                content,
                currentUser.require().id()));
        audit.record(
                "ADD_MATERIAL",
                MODULE,
                moduleId,
                null,
                Snapshot.of("material", saved.getFileName(), "bytes", content.length, "course", module.getCourseId()));
        return new MaterialInfo(saved.getId(), moduleId, saved.getFileName(), type, content.length);
    }

    @Transactional
    public void removeMaterial(Long materialId) {
        ModuleMaterial material = materials.findById(materialId).orElseThrow(RecordNotFoundException::new);
        ownedModule(material.getModuleId());
        materials.delete(material);
        audit.record(
                "REMOVE_MATERIAL",
                MODULE,
                material.getModuleId(),
                Snapshot.of("material", material.getFileName()),
                null);
    }

    // ---------------------------------------------------------------- quiz

    /** A module's questions with their answers, for its trainer. */
    @Transactional(readOnly = true)
    public List<QuizQuestionEdit> questions(Long moduleId) {
        ownedModule(moduleId);
        return questions.findByModuleIdOrderByPositionAsc(moduleId).stream()
                .map(q -> new QuizQuestionEdit(
                        q.getId(), q.getVersion(), q.getPrompt(), q.getOptions(), q.getCorrectOption()))
                .toList();
    }

    @Transactional
    public QuizQuestionEdit addQuestion(Long moduleId, @Valid QuestionData values) {
        ownedModule(moduleId);
        QuizQuestion saved =
                questions.saveAndFlush(new QuizQuestion(moduleId, questions.maxPosition(moduleId) + 1, values));
        audit.record("CREATE", QUESTION, saved.getId(), null, saved.snapshot());
        return new QuizQuestionEdit(
                saved.getId(), saved.getVersion(), saved.getPrompt(), saved.getOptions(), saved.getCorrectOption());
    }

    @Transactional
    public QuizQuestionEdit updateQuestion(Long questionId, long expectedVersion, @Valid QuestionData values) {
        QuizQuestion question = questions.findById(questionId).orElseThrow(RecordNotFoundException::new);
        ownedModule(question.getModuleId());
        question.requireVersion(expectedVersion);
        Map<String, Object> before = question.snapshot();
        question.update(values);
        questions.saveAndFlush(question);
        audit.record("UPDATE", QUESTION, questionId, before, question.snapshot());
        return new QuizQuestionEdit(
                question.getId(),
                question.getVersion(),
                question.getPrompt(),
                question.getOptions(),
                question.getCorrectOption());
    }

    @Transactional
    public void removeQuestion(Long questionId, long expectedVersion) {
        QuizQuestion question = questions.findById(questionId).orElseThrow(RecordNotFoundException::new);
        ownedModule(question.getModuleId());
        question.requireVersion(expectedVersion);
        questions.delete(question);
        audit.record("DELETE", QUESTION, questionId, question.snapshot(), null);
    }

    // ---------------------------------------------------------------- live sessions

    /** The meeting link and time of a session of a live-online course (refused for self-paced courses). */
    @Transactional
    public CourseSession setMeeting(Long sessionId, long expectedVersion, @Valid MeetingData values) {
        CourseSession session = sessions.findById(sessionId).orElseThrow(RecordNotFoundException::new);
        Course course = courseService.owned(session.getCourseId());
        session.requireVersion(expectedVersion);
        if (course.getFormat() != CourseFormat.LIVE_ONLINE) {
            throw new BusinessException("learning.error.meeting-live-only");
        }
        Map<String, Object> before = Snapshot.of("meetingUrl", session.meetingUrl(), "meetingAt", session.meetingAt());
        session.setMeeting(values);
        sessions.saveAndFlush(session);
        audit.record(
                "SET_MEETING",
                CourseService.SESSION,
                sessionId,
                before,
                Snapshot.of("meetingUrl", session.meetingUrl(), "meetingAt", session.meetingAt()));
        return session;
    }

    /** The meeting of one of the signed-in trainer's sessions, to edit. */
    @Transactional(readOnly = true)
    public MeetingData meetingOf(Long sessionId) {
        CourseSession session = sessions.findById(sessionId).orElseThrow(RecordNotFoundException::new);
        courseService.owned(session.getCourseId());
        return new MeetingData(session.meetingUrl(), session.meetingAt());
    }

    private CourseModule ownedModule(Long moduleId) {
        CourseModule module = modules.findById(moduleId).orElseThrow(RecordNotFoundException::new);
        courseService.owned(module.getCourseId());
        return module;
    }
}
