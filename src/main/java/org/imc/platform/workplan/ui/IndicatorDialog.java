package org.imc.platform.workplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.imc.platform.base.ui.AmountFields;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.workplan.GoalIndicator;
import org.imc.platform.workplan.IndicatorData;
import org.imc.platform.workplan.WorkPlanGoal;
import org.imc.platform.workplan.WorkPlanService;

/** Gives a goal its indicator (what is measured, unit, baseline and target), or changes it. */
public class IndicatorDialog extends EditorDialog<GoalIndicator> {

    public final TextField what = new TextField();
    public final TextField unit = new TextField();
    public final BigDecimalField baselineValue = AmountFields.number(new BigDecimalField());
    public final DatePicker baselineDate = ComponentTexts.datePicker(new DatePicker());
    public final BigDecimalField targetValue = AmountFields.number(new BigDecimalField());
    public final DatePicker targetDate = ComponentTexts.datePicker(new DatePicker());
    public final Button save = saveButton();

    IndicatorDialog(
            WorkPlanService service, WorkPlanGoal goal, GoalIndicator existing, Consumer<GoalIndicator> onSaved) {
        super(UI.getCurrent().getTranslation("workplan.indicator.title", goal.getDescription()), "min(40rem, 95vw)");
        what.setLabel(getTranslation("workplan.indicator.what"));
        unit.setLabel(getTranslation("workplan.indicator.unit"));
        baselineValue.setLabel(getTranslation("workplan.indicator.baseline"));
        baselineDate.setLabel(getTranslation("workplan.indicator.baseline-date"));
        targetValue.setLabel(getTranslation("workplan.indicator.target"));
        targetDate.setLabel(getTranslation("workplan.indicator.target-date"));
        BeanValidationBinder<IndicatorData> binder = new BeanValidationBinder<>(IndicatorData.class);
        binder.forField(what).bind("what");
        binder.forField(unit).bind("unit");
        binder.forField(baselineValue).bind("baselineValue");
        binder.forField(baselineDate).bind("baselineDate");
        binder.forField(targetValue).bind("targetValue");
        binder.forField(targetDate)
                .withValidator(
                        d -> d == null || baselineDate.getValue() == null || !d.isBefore(baselineDate.getValue()),
                        getTranslation("validation.end-before-start"))
                .bind("targetDate");
        binder.readRecord(existing == null ? IndicatorData.blank() : IndicatorData.of(existing));
        FormLayout form = new FormLayout(what, unit, baselineValue, baselineDate, targetValue, targetDate);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        long version = existing == null ? 0 : existing.getVersion();
        onSave(
                binder,
                () -> true,
                values -> service.defineIndicator(goal.getId(), version, values),
                "workplan.indicator.saved",
                GoalIndicator::getWhat,
                onSaved);
    }
}
