package org.imc.platform.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.learning.Course;
import org.imc.platform.learning.CourseService;
import org.imc.platform.learning.CourseSession;
import org.imc.platform.learning.EnrolmentAction;
import org.imc.platform.learning.EnrolmentService;
import org.imc.platform.learning.EnrolmentStatus;
import org.imc.platform.learning.RosterRow;
import org.imc.platform.learning.SessionRow;

/**
 * The buttons of one roster row: the trainer's decisions the service allows on that participant
 * (from {@link RosterRow#allowedActions()}), with the confirmation of an over-enrolment and the
 * dialog that moves a participant to another session.
 */
class ParticipantActions implements Serializable {

    private final transient EnrolmentService enrolments;
    private final transient CourseService courses;
    private final SerializableRunnable refresh;

    ParticipantActions(EnrolmentService enrolments, CourseService courses, SerializableRunnable refresh) {
        this.enrolments = enrolments;
        this.courses = courses;
        this.refresh = refresh;
    }

    /** The trainer's decisions the service allows on this participant, in the order of the workflow. */
    Component buttonsFor(RosterRow r, Course course, SessionRow session) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        for (EnrolmentAction action : r.allowedActions()) {
            Button button = switch (action) {
                case APPROVE -> action(r, "learning.manage.approve", () -> enrolments.approve(r.enrolmentId()));
                case REJECT -> action(r, "learning.manage.reject", () -> enrolments.reject(r.enrolmentId()));
                case OVER_ENROL ->
                    small(
                            translation("learning.manage.over-enrol"),
                            aria(r, "learning.manage.over-enrol"),
                            () -> confirmOverEnrol(r, session));
                case COMPLETE ->
                    action(
                            r,
                            "learning.manage.completed",
                            () -> enrolments.recordOutcome(r.enrolmentId(), EnrolmentStatus.COMPLETED));
                case FAIL ->
                    action(
                            r,
                            "learning.manage.failed",
                            () -> enrolments.recordOutcome(r.enrolmentId(), EnrolmentStatus.FAILED));
                case NO_SHOW ->
                    action(
                            r,
                            "learning.manage.no-show",
                            () -> enrolments.recordOutcome(r.enrolmentId(), EnrolmentStatus.NO_SHOW));
                case MOVE ->
                    small(
                            translation("learning.manage.move"),
                            aria(r, "learning.manage.move"),
                            () -> openMove(r, course, session));
                // a learner's own steps are taken in My learning and on the course page
                default -> null;
            };
            if (button != null) {
                actions.add(button);
            }
        }
        return actions;
    }

    private String aria(RosterRow r, String key) {
        return translation("learning.manage.action-aria", translation(key), r.fullName());
    }

    private Button action(RosterRow r, String key, SerializableRunnable call) {
        return small(translation(key), aria(r, key), () -> {
            if (UserMessages.attempt(call::run)) {
                UserMessages.showSuccess("learning.manage.done", r.fullName(), translation(key));
            }
            refresh.run();
        });
    }

    static Button small(String text, String aria, SerializableRunnable onClick) {
        Button b = new Button(text, e -> onClick.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(aria);
        return b;
    }

    /** Seating beyond the capacity is a deliberate decision: confirmed first, audited by the service. */
    private void confirmOverEnrol(RosterRow r, SessionRow session) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(translation("learning.manage.over-enrol"));
        confirm.setText(translation(
                "learning.manage.over-enrol-text",
                r.fullName(),
                session.session().getCapacity()));
        confirm.setCancelable(true);
        confirm.setCancelText(translation("action.cancel"));
        confirm.setConfirmText(translation("learning.manage.over-enrol"));
        confirm.addConfirmListener(e -> {
            if (UserMessages.attempt(() -> enrolments.overEnrol(r.enrolmentId()))) {
                UserMessages.showSuccess(
                        "learning.manage.done", r.fullName(), translation("learning.status.over-enrolled"));
            }
            refresh.run();
        });
        confirm.open();
    }

    private void openMove(RosterRow r, Course course, SessionRow session) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(translation("learning.manage.move-title", r.fullName()));
        ComboBox<CourseSession> target = new ComboBox<>(translation("learning.manage.move-target"));
        target.setItems(courses.sessions(course.getId()).stream()
                .map(SessionRow::session)
                .filter(s -> !s.getId().equals(session.session().getId()))
                .toList());
        target.setItemLabelGenerator(s -> s.getName() + " (" + Formats.date(s.getStartDate()) + ")");
        target.setWidthFull();
        dialog.add(new Paragraph(session.session().getName()), target);
        Button move = new Button(translation("learning.manage.move"), e -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                target.setErrorMessage(translation("validation.required"));
                return;
            }
            if (UserMessages.attempt(
                    () -> enrolments.move(r.enrolmentId(), target.getValue().getId()))) {
                UserMessages.showSuccess(
                        "learning.manage.done", r.fullName(), target.getValue().getName());
                dialog.close();
            }
            refresh.run();
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(translation("action.cancel"), e -> dialog.close()), move);
        dialog.open();
    }

    private static String translation(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
