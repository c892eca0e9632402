package org.imc.platform.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.directory.EventData;
import org.imc.platform.directory.NetworkEvent;
import org.imc.platform.directory.NetworkEventService;

/**
 * Adds or edits an event of the network (on a copy, so a refused save changes nothing).
 */
class EventForm extends EditorDialog<NetworkEvent> {

    final TextField name = new TextField();
    final TextField organiser = new TextField();
    final TextField place = new TextField();
    final DatePicker start = ComponentTexts.datePicker(new DatePicker());
    final DatePicker end = ComponentTexts.datePicker(new DatePicker());
    final TextField link = new TextField();
    final Button save = saveButton();

    EventForm(NetworkEventService service, NetworkEvent existing, Consumer<NetworkEvent> onSaved) {
        super(UI.getCurrent().getTranslation(existing == null ? "event.add" : "event.edit"), "min(40rem, 95vw)");

        name.setLabel(getTranslation("event.column.name"));
        name.setRequiredIndicatorVisible(true);
        organiser.setLabel(getTranslation("event.column.organiser"));
        organiser.setRequiredIndicatorVisible(true);
        place.setLabel(getTranslation("event.column.place"));
        start.setLabel(getTranslation("event.start"));
        start.setRequiredIndicatorVisible(true);
        end.setLabel(getTranslation("event.end"));
        end.setRequiredIndicatorVisible(true);
        link.setLabel(getTranslation("event.link"));
        link.setPlaceholder("https://");

        BeanValidationBinder<EventData> binder = new BeanValidationBinder<>(EventData.class);
        binder.forField(name).bind("name");
        binder.forField(organiser).bind("organiser");
        binder.forField(place).withNullRepresentation("").bind("place");
        binder.forField(start).bind("startDate");
        binder.forField(end)
                .withValidator(
                        date -> date == null || start.getValue() == null || !date.isBefore(start.getValue()),
                        getTranslation("validation.end-before-start"))
                .bind("endDate");
        binder.forField(link).withNullRepresentation("").bind("link");
        binder.readRecord(existing == null ? EventData.blank() : existing.data());
        start.addValueChangeListener(e -> {
            if (end.getValue() == null) {
                end.setValue(e.getValue());
            }
        });

        FormLayout form = new FormLayout(name, organiser, place, link, start, end);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        add(form);

        onSave(
                binder,
                () -> true,
                values -> existing == null
                        ? service.create(values)
                        : service.update(existing.getId(), existing.getVersion(), values),
                "event.saved",
                NetworkEvent::getName,
                onSaved);
    }
}
