package org.imc.platform.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Documents;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.DocumentUpload;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.learning.Course;
import org.imc.platform.learning.CourseContent;
import org.imc.platform.learning.CourseModule;
import org.imc.platform.learning.CourseService;
import org.imc.platform.learning.MaterialInfo;
import org.imc.platform.learning.QuizQuestionEdit;
import org.imc.platform.security.Roles;

/**
 * What one of the trainer's courses teaches: its modules in order (add, edit, remove), and for
 * the chosen module its materials (upload, remove) and quiz questions. Only the course's trainer
 * gets here ({@link CourseContent} checks it on every call).
 */
@Route("learning/manage/courses")
@RolesAllowed(Roles.TRAINER)
class CourseContentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient CourseService courses;
    private final transient CourseContent content;
    final Grid<CourseModule> moduleGrid = new Grid<>();
    final Grid<MaterialInfo> materialGrid = new Grid<>();
    final Grid<QuizQuestionEdit> questionGrid = new Grid<>();
    final Div detail = new Div();
    Button addModule;
    Button addQuestion;
    Upload upload;
    Course course;
    CourseModule module;

    CourseContentView(CourseService courses, CourseContent content) {
        this.courses = courses;
        this.content = content;
        addClassName("imc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long courseId) {
        try {
            course = courses.get(courseId);
            content.modules(courseId);
        } catch (RecordNotFoundException | org.springframework.security.access.AccessDeniedException e) {
            throw new NotFoundException();
        }
        build();
    }

    private void build() {
        removeAll();
        addModule = new Button(
                getTranslation("learning.content.add-module"),
                new Icon("vaadin:plus"),
                e -> new ModuleForm(content, course.getId(), null, saved -> refreshModules(saved.getId())).open());
        addModule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(
                new H1(getTranslation("learning.manage.content-of", course.getTitle())), addModule);
        head.setAlignItems(Alignment.BASELINE);
        head.setWrap(true);
        add(new Anchor("learning/manage", getTranslation("nav.learning.manage")), head);

        moduleGrid
                .addColumn(CourseModule::getPosition)
                .setHeader(getTranslation("learning.content.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        moduleGrid
                .addColumn(CourseModule::getTitle)
                .setHeader(getTranslation("learning.content.module-title"))
                .setFlexGrow(3);
        moduleGrid
                .addComponentColumn(this::moduleActions)
                .setHeader(getTranslation("action.actions"))
                .setAutoWidth(true);
        // on a phone: a card per module (title, number, actions)
        PhoneColumns.cards(
                moduleGrid,
                getTranslation("learning.course.modules"),
                m -> List.of(
                        m.getTitle(),
                        PhoneColumns.labelled(
                                getTranslation("learning.content.number"), String.valueOf(m.getPosition())),
                        moduleActions(m)));
        moduleGrid.setAllRowsVisible(true);
        moduleGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        moduleGrid.setAriaLabel(getTranslation("learning.course.modules"));
        moduleGrid.addSelectionListener(e -> showModule(e.getFirstSelectedItem().orElse(null)));

        materialGrid
                .addColumn(MaterialInfo::fileName)
                .setHeader(getTranslation("fund.documents.name"))
                .setFlexGrow(3);
        materialGrid
                .addColumn(m -> Formats.number(Math.max(1, m.sizeBytes() / 1024)) + " KB")
                .setHeader(getTranslation("fund.documents.size"))
                .setAutoWidth(true);
        materialGrid
                .addComponentColumn(m -> ParticipantActions.small(
                        getTranslation("learning.content.remove-module"),
                        getTranslation("learning.content.remove-module") + ": " + m.fileName(),
                        () -> {
                            if (UserMessages.attempt(() -> content.removeMaterial(m.id()))) {
                                UserMessages.showSuccess("learning.content.material-removed");
                                refreshDetail();
                            }
                        }))
                .setAutoWidth(true);
        // on a phone: the file and its button
        PhoneColumns.keep(materialGrid, 0, 2);
        materialGrid.setAllRowsVisible(true);
        materialGrid.setAriaLabel(getTranslation("learning.module.materials"));

        questionGrid
                .addColumn(QuizQuestionEdit::prompt)
                .setHeader(getTranslation("learning.content.prompt"))
                .setFlexGrow(3);
        questionGrid
                .addColumn(q -> q.options().get(q.correctOption()))
                .setHeader(getTranslation("learning.content.right"))
                .setFlexGrow(2);
        questionGrid
                .addComponentColumn(q -> new Div(
                        ParticipantActions.small(
                                getTranslation("action.edit"),
                                getTranslation("action.edit") + ": " + q.prompt(),
                                () -> new QuestionForm(content, module.getId(), q, saved -> refreshDetail()).open()),
                        ParticipantActions.small(
                                getTranslation("learning.content.remove-module"),
                                getTranslation("learning.content.remove-module") + ": " + q.prompt(),
                                () -> {
                                    if (UserMessages.attempt(() -> content.removeQuestion(q.id(), q.version()))) {
                                        UserMessages.showSuccess("learning.content.question-removed");
                                        refreshDetail();
                                    }
                                })))
                .setAutoWidth(true);
        // on a phone: the question and its buttons
        PhoneColumns.keep(questionGrid, 0, 2);
        questionGrid.setAllRowsVisible(true);
        questionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        questionGrid.setAriaLabel(getTranslation("learning.content.questions"));

        addQuestion = new Button(
                getTranslation("learning.content.add-question"),
                new Icon("vaadin:plus"),
                e -> new QuestionForm(content, module.getId(), null, saved -> refreshDetail()).open());

        detail.setWidthFull();
        add(moduleGrid, detail);
        refreshModules(null);
    }

    void refreshModules(Long select) {
        List<CourseModule> all = content.modules(course.getId());
        moduleGrid.setItems(all);
        moduleGrid.setVisible(!all.isEmpty());
        CourseModule again = all.stream()
                .filter(m -> m.getId().equals(select != null ? select : module == null ? null : module.getId()))
                .findFirst()
                .orElse(null);
        if (again != null) {
            moduleGrid.select(again);
        } else {
            showModule(null);
        }
        if (all.isEmpty()) {
            detail.removeAll();
            detail.add(new Paragraph(getTranslation("learning.content.empty")));
        }
    }

    void move(CourseModule m, boolean up) {
        UserMessages.attemptToGet(() -> content.moveModule(m.getId(), m.getVersion(), up))
                .ifPresent(moved -> refreshModules(moved.getId()));
    }

    void showModule(CourseModule selected) {
        module = selected;
        refreshDetail();
    }

    void refreshDetail() {
        detail.removeAll();
        if (module == null) {
            detail.add(new Paragraph(getTranslation("learning.content.pick-module")));
            return;
        }
        detail.add(new H2(module.getPosition() + ". " + module.getTitle()));
        detail.add(new H3(getTranslation("learning.module.materials")));
        materialGrid.setItems(content.materials(module.getId()));
        Long moduleId = module.getId();
        upload = new Upload(new DocumentUpload(
                Documents.MAX_BYTES,
                (fileName, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    if (UserMessages.attempt(() -> content.addMaterial(moduleId, fileName, bytes))) {
                        UserMessages.showSuccess("learning.content.material-added", fileName);
                        materialGrid.setItems(content.materials(moduleId));
                    }
                })),
                fileName -> getUI().ifPresent(ui -> ui.access(() -> UserMessages.showError(new BusinessException(
                        "fund.error.document-too-large", Documents.MAX_BYTES / (1024 * 1024)))))));
        ComponentTexts.upload(upload);
        upload.setMaxFileSize(Documents.MAX_BYTES);
        upload.setAcceptedFileTypes(
                Documents.PDF, ".pdf", Documents.PPTX, ".pptx", Documents.ODP, ".odp", ".png", ".jpg", ".jpeg");
        upload.getElement().setAttribute("aria-label", getTranslation("learning.module.materials"));
        detail.add(materialGrid, new Paragraph(getTranslation("learning.content.material-rules")), upload);

        detail.add(new H3(getTranslation("learning.content.questions")));
        List<QuizQuestionEdit> questions = content.questions(module.getId());
        questionGrid.setItems(questions);
        questionGrid.setVisible(!questions.isEmpty());
        if (!questions.isEmpty()) {
            detail.add(new Paragraph(getTranslation(
                    "learning.quiz.rules", module.getPassMark(), module.getMaxAttempts(), module.getMaxAttempts())));
        }
        detail.add(questionGrid, addQuestion);
    }

    private Div moduleActions(CourseModule m) {
        Div actions = new Div(
                ParticipantActions.small(
                        getTranslation("action.edit"),
                        getTranslation("learning.content.edit-module") + ": " + m.getTitle(),
                        () -> new ModuleForm(content, course.getId(), m, saved -> refreshModules(saved.getId()))
                                .open()),
                ParticipantActions.small(
                        getTranslation("learning.content.up"),
                        getTranslation("learning.content.up") + ": " + m.getTitle(),
                        () -> move(m, true)),
                ParticipantActions.small(
                        getTranslation("learning.content.down"),
                        getTranslation("learning.content.down") + ": " + m.getTitle(),
                        () -> move(m, false)),
                ParticipantActions.small(
                        getTranslation("learning.content.remove-module"),
                        getTranslation("learning.content.remove-module") + ": " + m.getTitle(),
                        () -> {
                            if (UserMessages.attempt(() -> content.removeModule(m.getId(), m.getVersion()))) {
                                UserMessages.showSuccess("learning.content.module-removed");
                                refreshModules(null);
                            }
                        }),
                new Anchor(
                        "learning/courses/" + course.getId() + "/modules/" + m.getPosition(),
                        getTranslation("learning.content.preview")));
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.manage.content") + " · IMC";
    }
}
