package org.imc.platform.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imc.platform.base.PublicLinks;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.Following;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.CalendarLink;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.ShownRows;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.learning.Course;
import org.imc.platform.learning.CourseProgress;
import org.imc.platform.learning.CourseService;
import org.imc.platform.learning.Enrolment;
import org.imc.platform.learning.EnrolmentAction;
import org.imc.platform.learning.EnrolmentService;
import org.imc.platform.learning.Meeting;
import org.imc.platform.learning.ModuleOutline;
import org.imc.platform.learning.MyLearning;
import org.imc.platform.learning.SessionRow;

/**
 * A course with its sessions: seats, waitlist and the signed-in user's own status. Enrolling
 * here seats the learner, asks the trainer, or puts them on the waitlist with their position.
 */
@Route("learning/courses")
@PermitAll
class CourseDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient CourseService courses;
    private final transient EnrolmentService enrolments;
    private final transient MyLearning myLearning;
    private final transient CourseProgress progress;
    final Div modules = new Div();
    final Grid<SessionRow> sessions = new Grid<>();
    private Course course;
    private final Following following;
    private final Paragraph noSessions = new Paragraph();
    /**
     * Each session's seats and the learner's own enrolment in it, as drawn. Rows are updated in
     * place under their session's id, and the calendar and status cells are kept: while a crowd
     * enrols, every enrolment changes the seats on every open course page, and a click on the
     * "Enrol" button must reach the button that is on the screen.
     */
    private final ShownRows<SessionRow> shown =
            ShownRows.keyed(this::shownOf, r -> r.session().getId());
    /** The rows as shown now, by session id: the kept cells act on the current row. */
    private final java.util.Map<Long, SessionRow> current = new java.util.HashMap<>();
    /**
     * The learner's own enrolment in each session, read once per refresh: the comparison with
     * what is drawn and the cells drawn again both use it.
     */
    private final java.util.Map<Long, Optional<Enrolment>> mine = new java.util.HashMap<>();

    private final transient PublicLinks links;

    CourseDetailView(
            CourseService courses,
            EnrolmentService enrolments,
            MyLearning myLearning,
            CourseProgress progress,
            PublicLinks links,
            LiveUpdates live) {
        this.links = links;
        this.progress = progress;
        noSessions.setText(getTranslation("learning.course.no-sessions"));
        // seats taken or freed, a capacity raised, the learner promoted from the waitlist, a
        // session added: on any node, the sessions grid shows it at once
        this.following = live.follow(this, () -> {
            if (course != null) {
                refresh();
            }
        });
        this.courses = courses;
        this.enrolments = enrolments;
        this.myLearning = myLearning;
        addClassName("imc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            course = courses.get(id);
        } catch (RecordNotFoundException e) {
            throw new NotFoundException();
        }
        show();
    }

    private void show() {
        removeAll();
        add(new Anchor("learning/courses", getTranslation("learning.course.back")), new H1(course.getTitle()));
        Div facts = new Div();
        facts.addClassName("imc-tags");
        facts.add(
                tag(getTranslation(course.getSubProgramme().labelKey())),
                tag(getTranslation(course.getFormat().labelKey())),
                tag(getTranslation(course.getLanguage().labelKey())),
                tag(getTranslation("learning.course.duration-value", course.getDurationHours())));
        add(facts, new Paragraph(getTranslation("learning.course.trainer") + ": " + courses.trainerName(course)));
        if (course.getPrerequisiteId() != null) {
            Course prerequisite = courses.get(course.getPrerequisiteId());
            Paragraph p = new Paragraph(getTranslation("learning.course.prerequisite") + ": ");
            p.add(new Anchor("learning/courses/" + prerequisite.getId(), prerequisite.getTitle()));
            add(p);
        }
        if (course.getDescription() != null) {
            add(new Paragraph(course.getDescription()));
        }
        add(modules);
        showModules();
        add(new H2(getTranslation("learning.course.sessions")));
        sessions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessions.addColumn(r -> r.session().getName())
                .setHeader(getTranslation("learning.session.name"))
                .setFlexGrow(2);
        sessions.addColumn(r -> Formats.date(r.session().getStartDate()) + " – "
                        + Formats.date(r.session().getEndDate()))
                .setHeader(getTranslation("learning.session.dates"))
                .setFlexGrow(2);
        sessions.addColumn(r -> getTranslation(
                        "learning.session.window-value",
                        Formats.date(r.session().getEnrolmentOpens()),
                        Formats.date(r.session().getEnrolmentCloses())))
                .setHeader(getTranslation("learning.session.window"))
                .setFlexGrow(2);
        sessions.addColumn(r -> getTranslation(
                        "learning.session.seats-value", r.seated(), r.session().getCapacity()))
                .setHeader(getTranslation("learning.session.seats"));
        sessions.addColumn(SessionRow::waitlisted).setHeader(getTranslation("learning.session.waitlist"));
        sessions.addColumn(r -> getTranslation(
                        r.session().isApprovalRequired() ? "learning.session.yes" : "learning.session.no"))
                .setHeader(getTranslation("learning.session.approval-short"));
        sessions.addColumn(new ComponentRenderer<>(
                        r -> {
                            Long id = r.session().getId();
                            return CalendarLink.of(
                                    "session-" + id + ".ics",
                                    r.session().getName(),
                                    () -> current.get(id)
                                            .session()
                                            .calendar(
                                                    course.getTitle(), links.of("learning/courses/" + course.getId())));
                        },
                        (link, r) -> link))
                .setHeader(getTranslation("calendar.column"))
                .setAutoWidth(true);
        sessions.addColumn(new ComponentRenderer<StatusCell, SessionRow>(
                        r -> new StatusCell().show(r), (cell, r) -> ((StatusCell) cell).show(r)))
                .setHeader(getTranslation("learning.session.my-status"))
                .setFlexGrow(2);
        sessions.setAllRowsVisible(true);
        // on a phone: session, dates and the learner's status or action
        PhoneColumns.keep(sessions, 0, 1, 7);
        sessions.setAriaLabel(getTranslation("learning.course.sessions"));
        refresh();
        add(sessions);
    }

    private void refresh() {
        var rows = courses.sessions(course.getId());
        current.clear();
        mine.clear();
        rows.forEach(r -> {
            current.put(r.session().getId(), r);
            mine.put(r.session().getId(), myLearning.in(r.session().getId()));
        });
        List<Topic> topics = new ArrayList<>();
        topics.add(Topic.course(course.getId()));
        rows.forEach(r -> topics.add(Topic.courseSession(r.session().getId())));
        following.topics(topics.toArray(Topic[]::new));
        // drawn again only when the seats or the learner's own status differ: a change this
        // learner made has redrawn them already, and its echo must not replace the buttons
        shown.setIfChanged(sessions, rows);
        sessions.setVisible(!rows.isEmpty());
        if (rows.isEmpty() && noSessions.getParent().isEmpty()) {
            add(noSessions);
        }
        noSessions.setVisible(rows.isEmpty());
    }

    /** The learner's enrolment in the session, as read at the last refresh. */
    private Optional<Enrolment> mineIn(Long sessionId) {
        return mine.computeIfAbsent(sessionId, myLearning::in);
    }

    private List<String> shownOf(SessionRow r) {
        return List.of(
                r.session().getId() + ":" + r.session().getVersion() + ":" + r.seated() + ":" + r.waitlisted(),
                mineIn(r.session().getId())
                        .map(e -> e.getId() + ":" + e.getVersion())
                        .orElse(""));
    }

    /** The course's modules: links for those who may open them, the way in for everyone else. */
    void showModules() {
        modules.removeAll();
        List<ModuleOutline> outline = progress.outline(course.getId());
        if (outline.isEmpty()) {
            return;
        }
        modules.add(new H2(getTranslation("learning.course.modules")));
        boolean open = progress.canOpen(course.getId());
        OrderedList list = new OrderedList();
        for (ModuleOutline m : outline) {
            ListItem item = new ListItem();
            if (open) {
                item.add(new Anchor("learning/courses/" + course.getId() + "/modules/" + m.number(), m.title()));
            } else {
                item.add(new Span(m.title()));
            }
            if (m.done()) {
                item.add(new Span(" " + getTranslation("learning.module.done")));
            }
            list.add(item);
        }
        modules.add(list);
        long done = outline.stream().filter(ModuleOutline::done).count();
        if (open && done > 0) {
            modules.add(new Paragraph(getTranslation("learning.course.progress", done, outline.size())));
        }
        if (!open) {
            modules.add(new Paragraph(getTranslation("learning.course.modules-enrol")));
        }
    }

    /**
     * The learner's status in one session and the one way in its seats allow: the same
     * component for the session's row while the page is open, its texts updated in place.
     */
    private final class StatusCell extends Div {
        private final Span meeting = new Span();
        private final Anchor join = new Anchor();
        private final Span status = new Span();
        private final Button action = new Button();
        private Long sessionId;

        StatusCell() {
            join.setText(getTranslation("learning.module.meeting-join"));
            join.setTarget(AnchorTarget.BLANK);
            join.getElement().setAttribute("rel", "noopener noreferrer");
            action.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            action.addClickListener(e -> {
                SessionRow now = current.get(sessionId);
                if (now != null) {
                    enrol(now);
                }
            });
            add(meeting, join, status, action);
        }

        /** Shows {@code row} as it is now. */
        StatusCell show(SessionRow row) {
            sessionId = row.session().getId();
            Optional<Meeting> m = progress.meeting(sessionId);
            m.ifPresent(it -> {
                meeting.setText(
                        getTranslation("learning.module.meeting", it.sessionName(), Formats.dateTime(it.startsAt()))
                                + " ");
                join.setHref(it.url());
            });
            meeting.setVisible(m.isPresent());
            join.setVisible(m.isPresent());
            Optional<Enrolment> own = mineIn(sessionId);
            status.setText(own.map(e -> " "
                            + getTranslation(e.getStatus().labelKey(e.isOverEnrolled()), e.getWaitlistPosition()) + " ")
                    .orElse(""));
            status.setVisible(own.isPresent());
            Set<EnrolmentAction> allowed = myLearning.allowedActions(row, own);
            // withdrawing is offered in My learning; this page offers the one way in the seats allow
            Optional<EnrolmentAction> way =
                    allowed.stream().filter(EnrolmentAction::isEnrolling).findFirst();
            way.ifPresent(it -> {
                action.setText(getTranslation(
                        it == EnrolmentAction.JOIN_WAITLIST ? "learning.enrol.waitlist" : "learning.enrol"));
                action.setAriaLabel(
                        getTranslation("learning.enrol.aria", row.session().getName()));
            });
            action.setVisible(way.isPresent());
            return this;
        }
    }

    void enrol(SessionRow row) {
        UserMessages.attemptToGet(() -> enrolments.enrol(row.session().getId())).ifPresent(e -> {
            showModules();
            switch (e.getStatus()) {
                case WAITLISTED ->
                    UserMessages.showSuccess(
                            "learning.enrolled.waitlisted", row.session().getName(), e.getWaitlistPosition());
                case PENDING ->
                    UserMessages.showSuccess(
                            "learning.enrolled.pending", row.session().getName());
                default ->
                    UserMessages.showSuccess("learning.enrolled", row.session().getName());
            }
        });
        refresh();
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("imc-tag");
        return tag;
    }

    @Override
    public String getPageTitle() {
        return (course == null ? getTranslation("learning.catalogue.title") : course.getTitle()) + " · IMC";
    }
}
