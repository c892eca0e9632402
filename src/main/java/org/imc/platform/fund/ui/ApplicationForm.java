package org.imc.platform.fund.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.fund.ApplicationDraft;
import org.imc.platform.sdg.SdgService;
import org.imc.platform.sdg.ui.SdgLabels;

/**
 * The mayor's form of a loan application, bound to an {@link ApplicationDraft}: editable while a
 * draft, read-only afterwards. The limits are the draft's own constraints, shown next to the fields.
 */
class ApplicationForm extends FormLayout {

    final TextField title = new TextField();
    final ComboBox<SubProgramme> subProgramme = new ComboBox<>();
    final TextArea description = new TextArea();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField term = new IntegerField();
    final IntegerField grace = new IntegerField();
    final BigDecimalField coFinancing = new BigDecimalField();
    final IntegerField beneficiaries = new IntegerField();

    private final BeanValidationBinder<ApplicationDraft> binder = new BeanValidationBinder<>(ApplicationDraft.class);

    final MultiSelectComboBox<String> sdgTargets;

    ApplicationForm(SdgService sdgs) {
        sdgTargets = SdgLabels.picker(sdgs);
        title.setLabel(getTranslation("fund.field.title"));
        title.setRequiredIndicatorVisible(true);
        subProgramme.setLabel(getTranslation("fund.field.sub-programme"));
        subProgramme.setItems(SubProgramme.values());
        subProgramme.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        subProgramme.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("fund.field.description"));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(5000);
        amount.setLabel(getTranslation("fund.field.amount"));
        amount.setRequiredIndicatorVisible(true);
        term.setLabel(getTranslation("fund.field.term"));
        term.setRequiredIndicatorVisible(true);
        grace.setLabel(getTranslation("fund.field.grace"));
        coFinancing.setLabel(getTranslation("fund.field.co-financing"));
        beneficiaries.setLabel(getTranslation("fund.field.beneficiaries"));
        beneficiaries.setRequiredIndicatorVisible(true);

        binder.forField(title).bind("title");
        binder.forField(subProgramme).bind("subProgramme");
        binder.forField(description).bind("description");
        binder.forField(amount).bind("amount");
        binder.forField(term).bind("termMonths");
        binder.forField(grace).bind("graceMonths");
        binder.forField(coFinancing).bind("coFinancing");
        binder.forField(beneficiaries).bind("beneficiaries");
        binder.forField(sdgTargets).bind("sdgTargets");

        add(title, subProgramme, description, amount, term, grace, coFinancing, beneficiaries, sdgTargets);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(sdgTargets, 2);
        setMaxWidth("60rem");
    }

    void read(ApplicationDraft draft, boolean editable) {
        binder.readBean(draft);
        binder.setReadOnly(!editable);
    }

    /** Copies the fields into the draft when all are valid; otherwise marks the invalid ones. */
    boolean writeIfValid(ApplicationDraft draft) {
        return binder.writeBeanIfValid(draft);
    }
}
