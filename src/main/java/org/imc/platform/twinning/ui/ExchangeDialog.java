package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.twinning.Exchange;
import org.imc.platform.twinning.ExchangeData;
import org.imc.platform.twinning.PartnershipService;
import org.imc.platform.twinning.Twinning;

/** Adds or edits a visit between the two partner cities. */
class ExchangeDialog extends EditorDialog<Exchange> {

    final Select<Long> host = new Select<>();
    final DatePicker start = ComponentTexts.datePicker(new DatePicker());
    final DatePicker end = ComponentTexts.datePicker(new DatePicker());
    final TextField participants = new TextField();
    final TextField topic = new TextField();
    final TextArea outcome = new TextArea();
    final Button save = saveButton();

    ExchangeDialog(
            PartnershipService service,
            Twinning twinning,
            Map<Long, MunicipalityName> names,
            Exchange existing,
            Consumer<Exchange> onSaved) {
        super(
                UI.getCurrent().getTranslation(existing == null ? "twinning.exchanges.add" : "twinning.exchange.edit"),
                "min(40rem, 95vw)");
        host.setLabel(getTranslation("twinning.exchange.host"));
        host.setItems(List.of(twinning.getProposerMunicipalityId(), twinning.getPartnerMunicipalityId()));
        host.setItemLabelGenerator(id -> id == null ? "" : TwinningActions.name(names, id));
        start.setLabel(getTranslation("twinning.exchange.start"));
        start.setRequiredIndicatorVisible(true);
        end.setLabel(getTranslation("twinning.exchange.end"));
        end.setRequiredIndicatorVisible(true);
        participants.setLabel(getTranslation("twinning.exchange.participants"));
        participants.setRequiredIndicatorVisible(true);
        topic.setLabel(getTranslation("twinning.exchange.topic"));
        topic.setRequiredIndicatorVisible(true);
        outcome.setLabel(getTranslation("twinning.exchange.outcome"));

        BeanValidationBinder<ExchangeData> binder = new BeanValidationBinder<>(ExchangeData.class);
        binder.forField(host).asRequired(getTranslation("validation.required")).bind("hostMunicipalityId");
        binder.forField(start).bind("startDate");
        binder.forField(end)
                .withValidator(
                        date -> date == null || start.getValue() == null || !date.isBefore(start.getValue()),
                        getTranslation("validation.end-before-start"))
                .bind("endDate");
        binder.forField(participants).bind("participants");
        binder.forField(topic).bind("topic");
        binder.forField(outcome).withNullRepresentation("").bind("outcome");
        binder.readRecord(existing == null ? ExchangeData.blank() : ExchangeData.of(existing));

        FormLayout form = new FormLayout(host, topic, start, end, participants, outcome);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(participants, 2);
        form.setColspan(outcome, 2);
        add(form);
        onSave(
                binder,
                () -> true,
                values -> existing == null
                        ? service.addExchange(twinning.getId(), values)
                        : service.updateExchange(existing.getId(), existing.getVersion(), values),
                "twinning.exchange.saved",
                Exchange::getTopic,
                onSaved);
    }
}
