package org.imc.platform.workplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.function.Consumer;
import org.imc.platform.base.ui.AmountFields;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.workplan.GoalIndicator;
import org.imc.platform.workplan.Measurement;
import org.imc.platform.workplan.MeasurementData;
import org.imc.platform.workplan.WorkPlanGoal;
import org.imc.platform.workplan.WorkPlanService;

/** The measurements of a goal's indicator, latest first, and a form to record the next one. */
public class MeasurementDialog extends EditorDialog<Measurement> {

    public final BigDecimalField value = AmountFields.number(new BigDecimalField());
    public final DatePicker measuredOn = ComponentTexts.datePicker(new DatePicker());
    public final TextField source = new TextField();
    public final Grid<Measurement> history = new Grid<>(Measurement.class, false);
    public final Button save = saveButton();

    MeasurementDialog(
            WorkPlanService service,
            WorkPlanGoal goal,
            GoalIndicator indicator,
            boolean editable,
            Consumer<Measurement> onSaved) {
        super(UI.getCurrent().getTranslation("workplan.measurement.title", goal.getDescription()), "min(44rem, 95vw)");
        add(new Paragraph(getTranslation(
                "workplan.indicator.summary",
                indicator.getWhat(),
                Formats.decimal(indicator.getBaselineValue().stripTrailingZeros()),
                Formats.date(indicator.getBaselineDate()),
                Formats.decimal(indicator.getTargetValue().stripTrailingZeros()),
                Formats.date(indicator.getTargetDate()),
                indicator.getUnit())));
        List<Measurement> past = service.measurements(goal.getId());
        history.addColumn(m -> Formats.date(m.getMeasuredOn()))
                .setHeader(getTranslation("workplan.measurement.date"))
                .setAutoWidth(true);
        history.addColumn(m -> Formats.decimal(m.getValue().stripTrailingZeros()) + " " + indicator.getUnit())
                .setHeader(getTranslation("workplan.measurement.value"))
                .setAutoWidth(true);
        history.addColumn(Measurement::getSource)
                .setHeader(getTranslation("workplan.measurement.source"))
                .setFlexGrow(2);
        history.setItems(past);
        history.setAllRowsVisible(true);
        history.setAriaLabel(getTranslation("workplan.measurement.history"));
        add(past.isEmpty() ? new Paragraph(getTranslation("workplan.measurement.none")) : history);

        value.setLabel(getTranslation("workplan.measurement.value"));
        value.setSuffixComponent(new com.vaadin.flow.component.html.Span(indicator.getUnit()));
        measuredOn.setLabel(getTranslation("workplan.measurement.date"));
        measuredOn.setMax(java.time.LocalDate.now(Formats.zone()));
        source.setLabel(getTranslation("workplan.measurement.source"));
        BeanValidationBinder<MeasurementData> binder = new BeanValidationBinder<>(MeasurementData.class);
        binder.forField(value).bind("value");
        binder.forField(measuredOn).bind("measuredOn");
        binder.forField(source).bind("source");
        binder.readRecord(MeasurementData.blank());
        FormLayout form = new FormLayout(value, measuredOn, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(source, 2);
        form.setVisible(editable);
        save.setVisible(editable);
        add(form);
        onSave(
                binder,
                () -> true,
                values -> service.recordMeasurement(goal.getId(), values),
                "workplan.measurement.saved",
                m -> Formats.decimal(m.getValue().stripTrailingZeros()),
                onSaved);
    }
}
