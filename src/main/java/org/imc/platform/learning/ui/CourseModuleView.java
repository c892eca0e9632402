package org.imc.platform.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.UiLanguage;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.learning.CourseProgress;
import org.imc.platform.learning.MaterialContent;
import org.imc.platform.learning.MaterialInfo;
import org.imc.platform.learning.ModuleOutline;
import org.imc.platform.learning.ModulePage;
import org.imc.platform.learning.MyLearning;
import org.imc.platform.learning.QuizQuestionView;
import org.imc.platform.learning.QuizResult;

/**
 * One module of a course, bookmarkable as {@code learning/courses/{id}/modules/{n}}: its text,
 * video link, materials (one by one or all as a ZIP), the quiz, and the way on. Learners with a
 * place in the course and its trainer only ({@link CourseProgress#module} refuses anyone else);
 * the quiz's answers never reach this page, it gets the questions and options only.
 */
@Route("learning/courses/:courseId([0-9]+)/modules/:number([0-9]+)")
@PermitAll
class CourseModuleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CourseProgress progress;
    private final transient MyLearning myLearning;
    ModulePage page;
    Button markRead;
    Button submit;
    Anchor zip;
    Anchor certificate;
    Div meeting;
    final Paragraph result = new Paragraph();
    final List<RadioButtonGroup<Integer>> answers = new ArrayList<>();

    CourseModuleView(CourseProgress progress, MyLearning myLearning) {
        this.progress = progress;
        this.myLearning = myLearning;
        addClassName("imc-view");
        addClassName("imc-module");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long courseId = event.getRouteParameters().getLong("courseId").orElseThrow(NotFoundException::new);
        int number = event.getRouteParameters().getInteger("number").orElseThrow(NotFoundException::new);
        try {
            page = progress.module(courseId, number);
        } catch (RecordNotFoundException e) {
            throw new NotFoundException();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            throw new AccessDeniedException();
        }
        show();
    }

    private void reload() {
        page = progress.module(page.courseId(), page.number());
        show();
    }

    private void show() {
        removeAll();
        answers.clear();
        markRead = null;
        submit = null;
        certificate = null;
        meeting = null;
        add(new Anchor("learning/courses/" + page.courseId(), getTranslation("learning.module.back")));
        add(new H1(page.title()));
        Paragraph where = new Paragraph(
                getTranslation("learning.module.of", page.number(), page.moduleCount(), page.courseTitle()));
        where.addClassName("imc-muted");
        add(where);
        if (!page.learner()) {
            add(note(getTranslation("learning.module.preview")));
        } else if (page.selfPaced() && !page.courseCompleted()) {
            add(note(getTranslation("learning.module.self-paced-note")));
        }
        if (page.learner() && page.courseCompleted()) {
            showCertificate();
        }
        page.meeting().ifPresent(m -> {
            meeting = new Div();
            meeting.addClassName("imc-note");
            Anchor join = new Anchor(m.url(), getTranslation("learning.module.meeting-join"), AnchorTarget.BLANK);
            join.getElement().setAttribute("rel", "noopener noreferrer");
            meeting.add(
                    new Span(getTranslation("learning.module.meeting", m.sessionName(), Formats.dateTime(m.startsAt()))
                            + " "),
                    join);
            add(meeting);
        });

        HorizontalLayout columns = new HorizontalLayout();
        columns.setWidthFull();
        columns.addClassName("imc-module-columns");
        VerticalLayout main = new VerticalLayout();
        main.setPadding(false);
        main.add(new Html(page.html()));
        if (page.videoUrl() != null) {
            Anchor video = new Anchor(page.videoUrl(), getTranslation("learning.module.video"), AnchorTarget.BLANK);
            video.getElement().setAttribute("rel", "noopener noreferrer");
            main.add(new Paragraph(video));
        }
        materials(main);
        if (page.hasQuiz()) {
            quiz(main);
        } else if (page.done()) {
            main.add(new Paragraph(getTranslation("learning.module.read")));
        } else if (page.canProgress()) {
            markRead = new Button(getTranslation("learning.module.mark-read"), e -> markRead());
            markRead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            main.add(markRead);
        }
        main.add(navigation());
        columns.add(main, outline());
        columns.setFlexGrow(3, main);
        add(columns);
    }

    private void showCertificate() {
        Div done = new Div();
        done.addClassName("imc-note");
        certificate = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = myLearning.certificatePdf(page.enrolmentId(), UiLanguage.current());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "certificate.pdf", "application/pdf", bytes.length);
                }),
                getTranslation("learning.module.certificate"));
        certificate.getElement().setAttribute("download", true);
        done.add(new Span(getTranslation("learning.module.course-completed") + " "), certificate);
        add(done);
    }

    private void materials(VerticalLayout main) {
        if (page.materials().isEmpty()) {
            return;
        }
        main.add(new H2(getTranslation("learning.module.materials")));
        OrderedList files = new OrderedList();
        for (MaterialInfo m : page.materials()) {
            Anchor file = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        MaterialContent c = progress.material(m.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(c.content()),
                                c.fileName(),
                                c.contentType(),
                                c.content().length);
                    }),
                    m.fileName() + " (" + Formats.number(Math.max(1, m.sizeBytes() / 1024)) + " KB)");
            file.getElement().setAttribute("download", true);
            files.add(new ListItem(file));
        }
        Long courseId = page.courseId();
        zip = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(CourseProgress.zipName(courseId));
                    event.setContentType("application/zip");
                    try (OutputStream out = event.getOutputStream()) {
                        progress.writeMaterialsZip(courseId, out);
                    }
                },
                getTranslation("learning.module.zip"));
        zip.getElement().setAttribute("download", true);
        main.add(files, new Paragraph(zip));
    }

    private void quiz(VerticalLayout main) {
        main.add(new H2(getTranslation("learning.quiz.title")));
        if (page.done()) {
            main.add(new Paragraph(getTranslation("learning.quiz.passed-already")));
        } else {
            main.add(new Paragraph(
                    getTranslation("learning.quiz.rules", page.passMark(), page.attemptsLeft(), page.maxAttempts())));
        }
        int n = 1;
        for (QuizQuestionView q : page.questions()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
            group.setLabel(getTranslation("learning.quiz.question", n++) + ": " + q.prompt());
            group.setItems(IntStream.range(0, q.options().size()).boxed().toList());
            group.setItemLabelGenerator(i -> q.options().get(i));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setReadOnly(page.done() || !page.canProgress() || page.attemptsLeft() == 0);
            group.getElement().setProperty("questionId", q.id());
            answers.add(group);
            main.add(group);
        }
        if (page.canProgress() && !page.done()) {
            if (page.attemptsLeft() == 0) {
                main.add(new Paragraph(getTranslation("learning.quiz.no-attempts")));
            } else {
                submit = new Button(getTranslation("learning.quiz.submit"), e -> submit());
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                main.add(submit);
            }
        }
        main.add(result);
    }

    void markRead() {
        UserMessages.attemptToGet(() -> progress.markRead(page.courseId(), page.number()))
                .ifPresent(completed -> {
                    UserMessages.showSuccess("learning.module.marked", page.number());
                    reload();
                });
    }

    void submit() {
        Map<Long, Integer> given = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            Integer chosen = answers.get(i).getValue();
            if (chosen != null) {
                given.put(page.questions().get(i).id(), chosen);
            }
        }
        UserMessages.attemptToGet(() -> progress.submitQuiz(page.courseId(), page.number(), given))
                .ifPresent(this::graded);
    }

    private void graded(QuizResult r) {
        String text = r.passed()
                ? getTranslation("learning.quiz.passed", r.correct(), r.total(), r.scorePercent())
                : getTranslation("learning.quiz.failed", r.correct(), r.total(), r.scorePercent(), r.attemptsLeft());
        reload();
        result.setText(text);
        result.removeClassNames("imc-success", "imc-error");
        result.addClassName(r.passed() ? "imc-success" : "imc-error");
    }

    private HorizontalLayout navigation() {
        HorizontalLayout nav = new HorizontalLayout();
        nav.addClassName("imc-module-nav");
        if (page.number() > 1) {
            nav.add(new Anchor(moduleRoute(page.number() - 1), getTranslation("learning.module.previous")));
        }
        if (page.number() < page.moduleCount()) {
            nav.add(new Anchor(moduleRoute(page.number() + 1), getTranslation("learning.module.next")));
        }
        return nav;
    }

    private Div outline() {
        Div box = new Div();
        box.addClassName("imc-module-outline");
        box.add(new H2(getTranslation("learning.module.outline")));
        OrderedList list = new OrderedList();
        for (ModuleOutline m : page.outline()) {
            ListItem item = new ListItem();
            if (m.number() == page.number()) {
                Span current = new Span(m.title());
                current.addClassName("imc-current");
                item.add(current);
            } else {
                item.add(new Anchor(moduleRoute(m.number()), m.title()));
            }
            if (m.hasQuiz()) {
                item.add(tag(getTranslation("learning.module.quiz-tag")));
            }
            if (m.done()) {
                item.add(tag(getTranslation("learning.module.done")));
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private String moduleRoute(int number) {
        return "learning/courses/" + page.courseId() + "/modules/" + number;
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("imc-tag");
        return tag;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("imc-note");
        return p;
    }

    @Override
    public String getPageTitle() {
        return (page == null ? getTranslation("learning.catalogue.title") : page.title() + " · " + page.courseTitle())
                + " · IMC";
    }
}
