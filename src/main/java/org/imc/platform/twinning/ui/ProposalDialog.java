package org.imc.platform.twinning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.twinning.ProposalDraft;
import org.imc.platform.twinning.Twinning;
import org.imc.platform.twinning.TwinningService;

/** A mayor writes a twinning proposal: themes (at least one) and a message. */
class ProposalDialog extends EditorDialog<Twinning> {

    final MultiSelectComboBox<SubProgramme> themes = new MultiSelectComboBox<>();
    final TextArea message = new TextArea();
    final Button save = saveButton();

    ProposalDialog(
            TwinningService service,
            Long proposerMunicipalityId,
            Long partnerMunicipalityId,
            String partnerName,
            Consumer<Twinning> onSaved) {
        super(UI.getCurrent().getTranslation("twinning.proposal.new", partnerName), "min(40rem, 95vw)");
        ProposalDraft draft = new ProposalDraft(partnerMunicipalityId, EnumSet.noneOf(SubProgramme.class), "");
        themes.setLabel(getTranslation("twinning.proposal.themes"));
        themes.setItems(SubProgramme.values());
        themes.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        themes.setRequiredIndicatorVisible(true);
        message.setLabel(getTranslation("twinning.proposal.message"));
        message.setHelperText(getTranslation("twinning.proposal.message-help", ProposalDraft.MESSAGE_MAX));
        message.setRequiredIndicatorVisible(true);
        message.setMinHeight("8em");

        BeanValidationBinder<ProposalDraft> binder = new BeanValidationBinder<>(ProposalDraft.class);
        binder.forField(themes).bind("themes");
        binder.forField(message).bind("message");
        binder.readBean(draft);

        FormLayout form = new FormLayout(themes, message);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        onSave(
                () -> binder.writeBeanIfValid(draft),
                () -> service.propose(proposerMunicipalityId, draft),
                "twinning.proposal.sent",
                t -> partnerName,
                onSaved);
    }
}
