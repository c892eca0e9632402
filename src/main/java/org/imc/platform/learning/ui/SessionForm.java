package org.imc.platform.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.learning.CourseService;
import org.imc.platform.learning.CourseSession;
import org.imc.platform.learning.SessionData;

/**
 * Adds or edits a session of one of the trainer's courses; the form fills a {@link SessionData}.
 * Raising the capacity promotes waitlisted learners as soon as it is saved.
 */
class SessionForm extends EditorDialog<CourseSession> {

    private final BeanValidationBinder<SessionData> binder;

    final TextField name = new TextField();
    final DatePicker start = ComponentTexts.datePicker(new DatePicker());
    final DatePicker end = ComponentTexts.datePicker(new DatePicker());
    final IntegerField capacity = new IntegerField();
    final DatePicker opens = ComponentTexts.datePicker(new DatePicker());
    final DatePicker closes = ComponentTexts.datePicker(new DatePicker());
    final Checkbox approval = new Checkbox();

    SessionForm(CourseService service, Long courseId, CourseSession existing, Consumer<CourseSession> onSaved) {
        super(
                UI.getCurrent()
                        .getTranslation(
                                existing == null ? "learning.manage.add-session" : "learning.manage.edit-session"),
                "min(40rem, 95vw)");
        name.setLabel(getTranslation("learning.session.name"));
        name.setRequiredIndicatorVisible(true);
        start.setLabel(getTranslation("learning.session.start"));
        start.setRequiredIndicatorVisible(true);
        end.setLabel(getTranslation("learning.session.end"));
        end.setRequiredIndicatorVisible(true);
        capacity.setLabel(getTranslation("learning.session.capacity"));
        capacity.setRequiredIndicatorVisible(true);
        capacity.setStepButtonsVisible(true);
        opens.setLabel(getTranslation("learning.session.opens"));
        opens.setRequiredIndicatorVisible(true);
        closes.setLabel(getTranslation("learning.session.closes"));
        closes.setRequiredIndicatorVisible(true);
        approval.setLabel(getTranslation("learning.session.approval"));

        binder = new BeanValidationBinder<>(SessionData.class);
        binder.forField(name).bind("name");
        binder.forField(start).bind("startDate");
        binder.forField(end)
                .withValidator(
                        d -> d == null || start.getValue() == null || !d.isBefore(start.getValue()),
                        getTranslation("validation.end-before-start"))
                .bind("endDate");
        binder.forField(capacity).bind("capacity");
        binder.forField(opens).bind("enrolmentOpens");
        binder.forField(closes)
                .withValidator(
                        d -> d == null || opens.getValue() == null || !d.isBefore(opens.getValue()),
                        getTranslation("learning.validation.window"))
                .bind("enrolmentCloses");
        binder.forField(approval).bind("approvalRequired");
        binder.readRecord(existing == null ? SessionData.blank() : SessionData.of(existing));

        FormLayout form = new FormLayout(name, capacity, start, end, opens, closes, approval);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(approval, 2);
        add(form);
        onSave(
                binder,
                () -> true,
                values -> existing == null
                        ? service.createSession(courseId, values)
                        : service.updateSession(existing.getId(), existing.getVersion(), values),
                "learning.manage.session-saved",
                CourseSession::getName,
                onSaved);
    }
}
