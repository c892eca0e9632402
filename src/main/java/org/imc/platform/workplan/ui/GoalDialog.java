package org.imc.platform.workplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableBiFunction;
import java.util.function.Consumer;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.ui.SdgLabels;
import org.imc.platform.workplan.GoalData;
import org.imc.platform.workplan.GoalStatus;
import org.imc.platform.workplan.WorkPlanGoal;

/**
 * Adds a goal to a year's work plan, or edits one, with its SDG targets. It knows goals, not what
 * the plan belongs to: the opener says how to save ({@code save} gets the year and the values).
 */
public class GoalDialog extends EditorDialog<WorkPlanGoal> {

    public final IntegerField year = new IntegerField();
    public final TextField description = new TextField();
    public final TextField owner = new TextField();
    public final DatePicker target = ComponentTexts.datePicker(new DatePicker());
    public final Select<GoalStatus> status = new Select<>();
    public final IntegerField progress = new IntegerField();
    public final MultiSelectComboBox<String> sdgTargets;
    public final Button save = saveButton();

    GoalDialog(
            SdgService sdgs,
            int defaultYear,
            WorkPlanGoal existing,
            boolean measured,
            SerializableBiFunction<Integer, GoalData, WorkPlanGoal> save,
            Consumer<WorkPlanGoal> onSaved) {
        super(
                UI.getCurrent().getTranslation(existing == null ? "twinning.workplans.add-goal" : "twinning.goal.edit"),
                "min(40rem, 95vw)");
        sdgTargets = SdgLabels.picker(sdgs);
        year.setLabel(getTranslation("twinning.goal.year"));
        year.setValue(defaultYear);
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setReadOnly(existing != null);
        description.setLabel(getTranslation("twinning.goal.description"));
        description.setRequiredIndicatorVisible(true);
        owner.setLabel(getTranslation("twinning.goal.owner"));
        owner.setRequiredIndicatorVisible(true);
        target.setLabel(getTranslation("twinning.goal.target"));
        target.setRequiredIndicatorVisible(true);
        status.setLabel(getTranslation("twinning.goal.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        progress.setLabel(getTranslation("twinning.goal.progress"));
        progress.setSuffixComponent(new Span("%"));
        // a measured goal's progress follows its measurements
        progress.setReadOnly(measured);
        if (measured) {
            progress.setHelperText(getTranslation("workplan.indicator.progress-measured"));
        }

        BeanValidationBinder<GoalData> binder = new BeanValidationBinder<>(GoalData.class);
        binder.forField(description).bind("description");
        binder.forField(owner).bind("owner");
        binder.forField(target).bind("targetDate");
        binder.forField(status).bind("status");
        binder.forField(progress).bind("progress");
        binder.forField(sdgTargets).bind("sdgTargets");
        binder.readRecord(existing == null ? GoalData.blank() : GoalData.of(existing));

        FormLayout form = new FormLayout(year, description, owner, target, status, progress, sdgTargets);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(description, 2);
        form.setColspan(sdgTargets, 2);
        add(form);
        onSave(
                binder,
                () -> year.getValue() != null,
                values -> save.apply(year.getValue(), values),
                "twinning.goal.saved",
                WorkPlanGoal::getDescription,
                onSaved);
    }
}
