package org.imc.platform.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.imc.platform.base.ui.ComponentTexts;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.directory.AffiliateAgreement;
import org.imc.platform.directory.AgreementData;
import org.imc.platform.directory.AgreementService;
import org.imc.platform.directory.RelationshipType;
import org.imc.platform.security.UserSummary;

/** Records an affiliate agreement or changes one: type, period, both signatures, emphasis and liaison. */
class AgreementDialog extends EditorDialog<AffiliateAgreement> {

    final Select<RelationshipType> relationship = new Select<>();
    final DatePicker start = ComponentTexts.datePicker(new DatePicker());
    final DatePicker end = ComponentTexts.datePicker(new DatePicker());
    final ComboBox<UserSummary> liaison = new ComboBox<>();
    final TextField imcName = new TextField();
    final TextField imcTitle = new TextField();
    final DatePicker imcSignedOn = ComponentTexts.datePicker(new DatePicker());
    final TextField affiliateName = new TextField();
    final TextField affiliateTitle = new TextField();
    final DatePicker affiliateSignedOn = ComponentTexts.datePicker(new DatePicker());
    final CheckboxGroup<String> emphasis = new CheckboxGroup<>();
    final Button save = saveButton();

    AgreementDialog(
            AgreementService service,
            Long affiliateId,
            AffiliateAgreement existing,
            List<UserSummary> liaisons,
            Consumer<AffiliateAgreement> onSaved) {
        super(
                UI.getCurrent().getTranslation(existing == null ? "agreement.add" : "agreement.edit"),
                "min(48rem, 95vw)");
        Map<Long, UserSummary> byId = AffiliateListView.byId(liaisons);
        relationship.setLabel(getTranslation("affiliate.column.relationship"));
        relationship.setItems(RelationshipType.values());
        relationship.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        start.setLabel(getTranslation("affiliate.agreement-start"));
        start.setRequiredIndicatorVisible(true);
        end.setLabel(getTranslation("affiliate.agreement-end"));
        end.setRequiredIndicatorVisible(true);
        liaison.setLabel(getTranslation("affiliate.column.liaison"));
        liaison.setItems(liaisons);
        liaison.setItemLabelGenerator(UserSummary::fullName);
        liaison.setClearButtonVisible(true);
        imcName.setLabel(getTranslation("agreement.signatory.name"));
        imcTitle.setLabel(getTranslation("agreement.signatory.title"));
        imcSignedOn.setLabel(getTranslation("agreement.signatory.date"));
        affiliateName.setLabel(getTranslation("agreement.signatory.name"));
        affiliateTitle.setLabel(getTranslation("agreement.signatory.title"));
        affiliateSignedOn.setLabel(getTranslation("agreement.signatory.date"));
        emphasis.setLabel(getTranslation("agreement.emphasis"));
        emphasis.setItems(service.emphasisAreas());
        emphasis.setItemLabelGenerator(AffiliateView::emphasisLabel);

        BeanValidationBinder<AgreementData> binder = new BeanValidationBinder<>(AgreementData.class);
        binder.forField(relationship).bind("relationshipType");
        binder.forField(start).bind("startDate");
        binder.forField(end)
                .withValidator(
                        date -> date == null || start.getValue() == null || !date.isBefore(start.getValue()),
                        getTranslation("validation.end-before-start"))
                .bind("endDate");
        binder.forField(liaison)
                .withConverter(u -> u == null ? null : u.id(), id -> id == null ? null : byId.get(id))
                .bind("liaisonUserId");
        binder.forField(imcName).withNullRepresentation("").bind("imcSignatoryName");
        binder.forField(imcTitle).withNullRepresentation("").bind("imcSignatoryTitle");
        binder.forField(imcSignedOn).bind("imcSignedOn");
        binder.forField(affiliateName).withNullRepresentation("").bind("affiliateSignatoryName");
        binder.forField(affiliateTitle).withNullRepresentation("").bind("affiliateSignatoryTitle");
        binder.forField(affiliateSignedOn).bind("affiliateSignedOn");
        binder.forField(emphasis).bind("emphasisAreas");
        binder.readRecord(existing == null ? AgreementData.blank() : AgreementData.of(existing));
        start.addValueChangeListener(e -> binder.validate());

        FormLayout period = new FormLayout(relationship, liaison, start, end);
        FormLayout imc = new FormLayout(imcName, imcTitle, imcSignedOn);
        FormLayout affiliate = new FormLayout(affiliateName, affiliateTitle, affiliateSignedOn);
        for (FormLayout f : List.of(period, imc, affiliate)) {
            f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        }
        add(
                period,
                new H3(getTranslation("agreement.signatory.imc")),
                imc,
                new H3(getTranslation("agreement.signatory.affiliate")),
                affiliate,
                emphasis);
        onSave(
                binder,
                () -> true,
                values -> existing == null
                        ? service.create(affiliateId, values)
                        : service.update(existing.getId(), existing.getVersion(), values),
                "agreement.saved",
                a -> getTranslation(a.getRelationshipType().labelKey()),
                onSaved);
    }
}
