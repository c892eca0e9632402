package org.imc.platform.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.live.Following;
import org.imc.platform.base.live.LiveUpdates;
import org.imc.platform.base.live.Topic;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.OpenEditor;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.base.ui.ShownRows;
import org.imc.platform.learning.Course;
import org.imc.platform.learning.CourseContent;
import org.imc.platform.learning.CourseFormat;
import org.imc.platform.learning.CourseProgress;
import org.imc.platform.learning.CourseService;
import org.imc.platform.learning.CourseSession;
import org.imc.platform.learning.EnrolmentService;
import org.imc.platform.learning.Roster;
import org.imc.platform.learning.RosterRow;
import org.imc.platform.learning.SessionRow;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.security.Roles;

/**
 * The trainer's desk: their courses, each course's sessions, and each session's participants
 * with the decisions a trainer takes (approve, reject, over-enrol, move, outcome) and the roster
 * as CSV.
 */
@Route("learning/manage")
@Menu(order = 51, icon = "vaadin:user-card", title = "nav.learning.manage")
@RolesAllowed(Roles.TRAINER)
class TrainerView extends VerticalLayout implements HasDynamicTitle {

    private final transient CourseService courses;
    private final transient SdgService sdgs;
    private final transient EnrolmentService enrolments;
    private final transient Roster participants;
    private final transient CourseContent content;
    private final transient CourseProgress progress;
    private final ParticipantActions participantActions;
    final Grid<Course> courseGrid = new Grid<>();
    final Grid<SessionRow> sessionGrid = new Grid<>();
    final Grid<RosterRow> roster = new Grid<>();
    private final Following following;
    final Button addCourse;
    final Button addSession;
    final H2 sessionsTitle = new H2();
    final H2 rosterTitle = new H2();
    final Div rosterTools = new Div();
    Anchor export;
    Button message;
    int moduleCount;
    Map<Long, Integer> doneCounts = Map.of();
    Course course;
    SessionRow session;

    TrainerView(
            CourseService courses,
            EnrolmentService enrolments,
            Roster participants,
            CourseContent content,
            CourseProgress progress,
            SdgService sdgs,
            LiveUpdates live) {
        this.content = content;
        this.progress = progress;
        // learners enrol, withdraw or move, the course or a session is edited in another window:
        // on any node, seats and the roster change at once, and an open edit dialog says so
        this.following = live.follow(this, this::changedElsewhere);
        this.courses = courses;
        this.sdgs = sdgs;
        this.enrolments = enrolments;
        this.participants = participants;
        this.participantActions = new ParticipantActions(enrolments, courses, this::refreshSessions);
        addClassName("imc-view");

        addCourse = new Button(
                getTranslation("learning.manage.add-course"),
                new Icon("vaadin:plus"),
                e -> new CourseForm(courses, sdgs, null, saved -> {
                            refreshCourses();
                            courseGrid.select(saved);
                        })
                        .open());
        addCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        courseGrid
                .addColumn(Course::getTitle)
                .setHeader(getTranslation("learning.course.title"))
                .setFlexGrow(3);
        courseGrid
                .addColumn(c -> getTranslation(c.getSubProgramme().labelKey()))
                .setHeader(getTranslation("learning.course.sub-programme"))
                .setFlexGrow(2);
        courseGrid
                .addColumn(c -> getTranslation(c.getFormat().labelKey()))
                .setHeader(getTranslation("learning.course.format"));
        courseGrid
                .addComponentColumn(this::courseActions)
                .setHeader(getTranslation("action.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        courseGrid.setHeight("16rem");
        // on a phone: a card per course (title, sub-programme and format, actions)
        PhoneColumns.cards(
                courseGrid,
                getTranslation("learning.course.title"),
                c -> List.of(
                        c.getTitle(),
                        getTranslation(c.getSubProgramme().labelKey()) + " · "
                                + getTranslation(c.getFormat().labelKey()),
                        courseActions(c)));
        courseGrid.setAriaLabel(getTranslation("learning.manage.title"));
        courseGrid.addSelectionListener(e -> showCourse(e.getFirstSelectedItem().orElse(null)));

        addSession = new Button(
                getTranslation("learning.manage.add-session"),
                new Icon("vaadin:plus"),
                e -> new SessionForm(courses, course.getId(), null, saved -> refreshSessions()).open());
        sessionGrid
                .addColumn(r -> r.session().getName())
                .setHeader(getTranslation("learning.session.name"))
                .setFlexGrow(2);
        sessionGrid
                .addColumn(r -> Formats.date(r.session().getStartDate()) + " – "
                        + Formats.date(r.session().getEndDate()))
                .setHeader(getTranslation("learning.session.dates"))
                .setAutoWidth(true);
        sessionGrid
                .addColumn(r -> getTranslation(
                        "learning.session.seats-value", r.seated(), r.session().getCapacity()))
                .setHeader(getTranslation("learning.session.seats"));
        sessionGrid.addColumn(SessionRow::waitlisted).setHeader(getTranslation("learning.session.waitlist"));
        sessionGrid
                .addComponentColumn(this::sessionActions)
                .setHeader(getTranslation("action.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        sessionGrid.setHeight("14rem");
        // on a phone: a card per session (name, dates, seats and waitlist, actions)
        PhoneColumns.cards(
                sessionGrid,
                getTranslation("learning.course.sessions"),
                r -> List.of(
                        r.session().getName(),
                        Formats.date(r.session().getStartDate()) + " – "
                                + Formats.date(r.session().getEndDate()),
                        PhoneColumns.labelled(
                                getTranslation("learning.session.seats"),
                                getTranslation(
                                        "learning.session.seats-value",
                                        r.seated(),
                                        r.session().getCapacity())),
                        PhoneColumns.labelled(
                                getTranslation("learning.session.waitlist"), String.valueOf(r.waitlisted())),
                        sessionActions(r)));
        sessionGrid.setAriaLabel(getTranslation("learning.course.sessions"));
        sessionGrid.addSelectionListener(
                e -> showSession(e.getFirstSelectedItem().orElse(null)));

        roster.addColumn(RosterRow::fullName)
                .setHeader(getTranslation("learning.manage.participant"))
                .setFlexGrow(2);
        roster.addColumn(RosterRow::username).setHeader(getTranslation("learning.manage.username"));
        roster.addColumn(this::statusText)
                .setHeader(getTranslation("learning.my.status"))
                .setAutoWidth(true);
        roster.addColumn(r -> getTranslation(
                        "learning.manage.progress-value", doneCounts.getOrDefault(r.enrolmentId(), 0), moduleCount))
                .setHeader(getTranslation("learning.manage.progress"))
                .setAutoWidth(true);
        roster.addComponentColumn(r -> participantActions.buttonsFor(r, course, session))
                .setHeader(getTranslation("action.actions"))
                .setAutoWidth(true)
                .setFlexGrow(3);
        roster.setAllRowsVisible(true);
        // on a phone: a card per participant (name, user name, status, progress, actions)
        PhoneColumns.cards(
                roster,
                getTranslation("learning.manage.participant"),
                r -> List.of(
                        r.fullName(),
                        r.username(),
                        statusText(r),
                        PhoneColumns.labelled(
                                getTranslation("learning.manage.progress"),
                                getTranslation(
                                        "learning.manage.progress-value",
                                        doneCounts.getOrDefault(r.enrolmentId(), 0),
                                        moduleCount)),
                        participantActions.buttonsFor(r, course, session)));
        roster.setAriaLabel(getTranslation("learning.manage.participant"));
        rosterTools.addClassName("imc-filters");

        HorizontalLayout head = new HorizontalLayout(new H1(getTranslation("learning.manage.title")), addCourse);
        head.setAlignItems(Alignment.BASELINE);
        HorizontalLayout sessionsHead = new HorizontalLayout(sessionsTitle, addSession);
        sessionsHead.setAlignItems(Alignment.BASELINE);
        add(head, courseGrid, sessionsHead, sessionGrid, rosterTitle, rosterTools, roster);
        // the two lists keep their height when the page is longer than the window (a phone)
        setFlexShrink(0, courseGrid, sessionGrid);
        refreshCourses();
        showCourse(null);
    }

    /** A course or session edit dialog open on this page. */
    final OpenEditor editor = new OpenEditor();

    private final ShownRows<Course> coursesShown = new ShownRows<>(c -> c.getId() + ":" + c.getVersion());
    /**
     * The sessions and the roster change while the trainer works on them (learners enrol,
     * withdraw, progress): their rows are updated in place, so that the selection stays and the
     * buttons of the rows that did not change are the ones on the screen.
     */
    private final ShownRows<SessionRow> sessionsShown = ShownRows.keyed(
            r -> r.session().getId() + ":" + r.session().getVersion() + ":" + r.seated() + ":" + r.waitlisted(),
            r -> r.session().getId());
    /** The roster rows and each participant's progress, as drawn. */
    private final ShownRows<RosterRow> rosterShown =
            ShownRows.keyed(r -> List.of(r, doneCounts.getOrDefault(r.enrolmentId(), 0)), RosterRow::enrolmentId);

    void editCourse(Course c) {
        editor.open(
                new CourseForm(courses, sdgs, c, saved -> refreshCourses()),
                c.getVersion(),
                () -> courses.mine().stream()
                        .filter(now -> now.getId().equals(c.getId()))
                        .findFirst()
                        .map(Course::getVersion),
                () -> courses.mine().stream()
                        .filter(now -> now.getId().equals(c.getId()))
                        .findFirst()
                        .ifPresent(this::editCourse));
    }

    void editSession(CourseSession s) {
        editor.open(
                new SessionForm(courses, s.getCourseId(), s, saved -> refreshSessions()),
                s.getVersion(),
                () -> currentSession(s.getId()).map(CourseSession::getVersion),
                () -> currentSession(s.getId()).ifPresent(this::editSession));
    }

    private Optional<CourseSession> currentSession(Long id) {
        try {
            return Optional.of(courses.session(id));
        } catch (RecordNotFoundException gone) {
            return Optional.empty();
        }
    }

    /**
     * Something this page shows changed elsewhere: an open edit dialog says so if its record
     * changed, and the lists are drawn again where they differ (not otherwise: the trainer's own
     * action has redrawn them already).
     */
    void changedElsewhere() {
        editor.warnIfChanged();
        refreshCourses();
        refreshSessions();
    }

    void refreshCourses() {
        List<Course> mine = courses.mine();
        myCourses = mine;
        followTopics(mine, course == null ? List.of() : sessionsShownNow);
        if (coursesShown.setIfChanged(courseGrid, mine) && course != null) {
            mine.stream()
                    .filter(c -> c.getId().equals(course.getId()))
                    .findFirst()
                    .ifPresent(courseGrid::select);
        }
    }

    /** The trainer's courses and the sessions of the one shown: what this page follows. */
    private void followTopics(List<Course> mine, List<SessionRow> rows) {
        following.topics(java.util.stream.Stream.concat(
                        mine.stream().map(c -> Topic.course(c.getId())),
                        rows.stream().map(r -> Topic.courseSession(r.session().getId())))
                .toArray(Topic[]::new));
    }

    private List<Course> myCourses = List.of();
    private List<SessionRow> sessionsShownNow = List.of();

    void showCourse(Course selected) {
        course = selected;
        addSession.setVisible(selected != null);
        sessionGrid.setVisible(selected != null);
        sessionsTitle.setText(
                selected == null
                        ? getTranslation("learning.manage.pick-course")
                        : getTranslation("learning.manage.sessions-of", selected.getTitle()));
        refreshSessions();
    }

    void refreshSessions() {
        Long keep = session == null ? null : session.session().getId();
        List<SessionRow> rows = course == null ? List.of() : courses.sessions(course.getId());
        sessionsShownNow = rows;
        followTopics(myCourses, rows);
        // the same sessions: their rows change in place and the selection stays
        boolean sameSessions = sessionsShown.sameRows(rows);
        boolean redrawn = sessionsShown.setIfChanged(sessionGrid, rows) && !sameSessions;
        SessionRow again = rows.stream()
                .filter(r -> r.session().getId().equals(keep))
                .findFirst()
                .orElse(null);
        if (again == null) {
            showSession(null);
        } else if (redrawn) {
            sessionGrid.select(again);
            showSession(again);
        } else {
            // the same rows: the session's tools stay, its roster is drawn again if it differs
            session = again;
            doneCounts = progress.doneCounts(again.session().getId());
            rosterShown.setIfChanged(
                    roster, participants.participants(again.session().getId()));
        }
    }

    void showSession(SessionRow selected) {
        session = selected;
        rosterTools.removeAll();
        roster.setVisible(selected != null);
        rosterTitle.setVisible(course != null);
        rosterTitle.setText(
                selected == null
                        ? getTranslation("learning.manage.pick-session")
                        : getTranslation(
                                "learning.manage.participants-of",
                                selected.session().getName()));
        if (selected == null) {
            rosterShown.set(roster, List.of());
            return;
        }
        Long sessionId = selected.session().getId();
        export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("roster-" + sessionId + ".csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    try (OutputStream out = event.getOutputStream()) {
                        participants.writeCsv(sessionId, out);
                    }
                },
                getTranslation("learning.manage.export"));
        message = new Button(
                getTranslation("learning.manage.message"),
                new Icon("vaadin:envelope"),
                e -> new MessageDialog(progress, sessionId, selected.session().getName()).open());
        message.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rosterTools.add(export, message);
        moduleCount = progress.moduleCount(course.getId());
        doneCounts = progress.doneCounts(sessionId);
        rosterShown.set(roster, participants.participants(sessionId));
    }

    private String statusText(RosterRow r) {
        return getTranslation(r.status().labelKey(r.overEnrolled()), r.waitlistPosition());
    }

    private Div courseActions(Course c) {
        return new Div(
                ParticipantActions.small(
                        getTranslation("action.edit"),
                        getTranslation("learning.manage.edit-course") + ": " + c.getTitle(),
                        () -> editCourse(c)),
                new Anchor("learning/manage/courses/" + c.getId(), getTranslation("learning.manage.content")));
    }

    private Div sessionActions(SessionRow r) {
        Div actions = new Div(ParticipantActions.small(
                getTranslation("action.edit"),
                getTranslation("learning.manage.edit-session") + ": "
                        + r.session().getName(),
                () -> editSession(courses.session(r.session().getId()))));
        if (course.getFormat() == CourseFormat.LIVE_ONLINE) {
            actions.add(ParticipantActions.small(
                    getTranslation("learning.manage.meeting"),
                    getTranslation("learning.manage.meeting") + ": "
                            + r.session().getName(),
                    () -> new MeetingForm(content, courses.session(r.session().getId()), saved -> refreshSessions())
                            .open()));
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.manage.title") + " · IMC";
    }
}
