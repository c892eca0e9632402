package org.imc.platform.practice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.imc.platform.base.Language;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.AmountFields;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.practice.Practice;
import org.imc.platform.practice.PracticeData;
import org.imc.platform.practice.PracticeService;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.ui.SdgLabels;
import org.imc.platform.workplan.MeasuredGoal;

/** Writes a new practice or changes one (its author, before review or after it was returned). */
class PracticeForm extends EditorDialog<Practice> {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea problem = new TextArea();
    final TextArea whatWasDone = new TextArea();
    final TextArea results = new TextArea();
    final BigDecimalField cost = AmountFields.number(new BigDecimalField());
    final TextArea lessons = new TextArea();
    final TextField country = new TextField();
    final Select<Language> language = new Select<>();
    final MultiSelectComboBox<SubProgramme> subProgrammes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> sdgTargets;
    final ComboBox<Long> municipality = new ComboBox<>();
    /** The measured goal (a work-plan goal with an indicator the writer may read) the results refer to. */
    final ComboBox<Long> indicatorGoal = new ComboBox<>();

    final Button save = saveButton();

    PracticeForm(
            PracticeService service,
            SdgService sdgs,
            Practice existing,
            PracticeData start,
            Map<Long, String> municipalities,
            Consumer<Practice> onSaved) {
        super(UI.getCurrent().getTranslation(existing == null ? "practice.add" : "practice.edit"), "min(56rem, 95vw)");
        title.setLabel(getTranslation("practice.field.title"));
        summary.setLabel(getTranslation("practice.field.summary"));
        problem.setLabel(getTranslation("practice.field.problem"));
        whatWasDone.setLabel(getTranslation("practice.field.what-was-done"));
        results.setLabel(getTranslation("practice.field.results"));
        cost.setLabel(getTranslation("practice.field.cost"));
        lessons.setLabel(getTranslation("practice.field.lessons"));
        country.setLabel(getTranslation("practice.field.country"));
        language.setLabel(getTranslation("practice.field.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == null ? "" : l.nativeName());
        subProgrammes.setLabel(getTranslation("practice.field.sub-programmes"));
        subProgrammes.setItems(SubProgramme.values());
        subProgrammes.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sdgTargets = SdgLabels.picker(sdgs);
        municipality.setLabel(getTranslation("practice.field.municipality"));
        municipality.setItems(municipalities.keySet());
        municipality.setItemLabelGenerator(id -> municipalities.getOrDefault(id, ""));
        municipality.setClearButtonVisible(true);
        Map<Long, String> measured = new java.util.LinkedHashMap<>();
        service.measuredGoals().forEach(g -> measured.put(g.goalId(), measuredLabel(g)));
        if (start.indicatorGoalId() != null) {
            measured.putIfAbsent(start.indicatorGoalId(), getTranslation("practice.field.indicator.kept"));
        }
        indicatorGoal.setLabel(getTranslation("practice.field.indicator"));
        indicatorGoal.setHelperText(getTranslation("practice.field.indicator.help"));
        indicatorGoal.setItems(List.copyOf(measured.keySet()));
        indicatorGoal.setItemLabelGenerator(id -> measured.getOrDefault(id, ""));
        indicatorGoal.setClearButtonVisible(true);
        for (TextArea area : new TextArea[] {summary, problem, whatWasDone, results, lessons}) {
            area.setMinHeight("5em");
        }
        BeanValidationBinder<PracticeData> binder = new BeanValidationBinder<>(PracticeData.class);
        binder.forField(title).bind("title");
        binder.forField(summary).bind("summary");
        binder.forField(problem).bind("problem");
        binder.forField(whatWasDone).bind("whatWasDone");
        binder.forField(results).bind("results");
        binder.forField(cost).bind("cost");
        binder.forField(lessons).withNullRepresentation("").bind("lessons");
        binder.forField(country).bind("country");
        binder.forField(language).bind("language");
        binder.forField(subProgrammes).bind("subProgrammes");
        binder.forField(sdgTargets).bind("sdgTargets");
        binder.forField(municipality).bind("municipalityId");
        binder.forField(indicatorGoal).bind("indicatorGoalId");
        binder.readRecord(start);
        FormLayout form = new FormLayout(
                title,
                summary,
                problem,
                whatWasDone,
                results,
                indicatorGoal,
                lessons,
                cost,
                country,
                language,
                subProgrammes,
                sdgTargets);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (var wide : new com.vaadin.flow.component.Component[] {
            title, summary, problem, whatWasDone, results, indicatorGoal, lessons, subProgrammes, sdgTargets
        }) {
            form.setColspan(wide, 2);
        }
        add(form);
        onSave(
                binder,
                () -> true,
                values -> existing == null
                        ? service.create(values)
                        : service.update(existing.getId(), existing.getVersion(), values),
                "practice.saved",
                Practice::getTitle,
                onSaved);
    }

    /** "Goal (2026): what is measured, unit". */
    private String measuredLabel(MeasuredGoal g) {
        return getTranslation("practice.field.indicator.item", g.goal(), String.valueOf(g.year()), g.what(), g.unit());
    }
}
