package org.imc.platform.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.imc.platform.base.ui.EditorDialog;
import org.imc.platform.directory.Affiliate;
import org.imc.platform.directory.AffiliateData;
import org.imc.platform.directory.AffiliateScope;
import org.imc.platform.directory.AffiliateService;
import org.imc.platform.directory.RelationshipType;
import org.imc.platform.security.UserSummary;

/**
 * Adds or edits an affiliate organisation. Edits a copy: a cancelled or refused save leaves
 * the list untouched. The agreement dates are not here: they are the agreements' (recorded on
 * the affiliate's page).
 */
class AffiliateForm extends EditorDialog<Affiliate> {

    final TextField name = new TextField();
    final TextField acronym = new TextField();
    final TextField country = new TextField();
    final Select<AffiliateScope> scope = new Select<>();
    final Select<RelationshipType> relationship = new Select<>();
    final ComboBox<UserSummary> liaison = new ComboBox<>();
    final TextArea notes = new TextArea();
    final Button save = saveButton();

    AffiliateForm(
            AffiliateService service, Affiliate existing, List<UserSummary> liaisons, Consumer<Affiliate> onSaved) {
        super(
                UI.getCurrent().getTranslation(existing == null ? "affiliate.add" : "affiliate.edit"),
                "min(44rem, 95vw)");
        Map<Long, UserSummary> byId = AffiliateListView.byId(liaisons);

        name.setLabel(getTranslation("affiliate.column.name"));
        name.setRequiredIndicatorVisible(true);
        acronym.setLabel(getTranslation("affiliate.column.acronym"));
        country.setLabel(getTranslation("affiliate.column.country"));
        country.setRequiredIndicatorVisible(true);
        scope.setLabel(getTranslation("affiliate.column.scope"));
        scope.setItems(AffiliateScope.values());
        scope.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        relationship.setLabel(getTranslation("affiliate.column.relationship"));
        relationship.setItems(RelationshipType.values());
        relationship.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        liaison.setLabel(getTranslation("affiliate.column.liaison"));
        liaison.setItems(liaisons);
        liaison.setItemLabelGenerator(UserSummary::fullName);
        liaison.setClearButtonVisible(true);
        notes.setLabel(getTranslation("affiliate.notes"));
        notes.setMaxLength(2000);

        BeanValidationBinder<AffiliateData> binder = new BeanValidationBinder<>(AffiliateData.class);
        binder.forField(name).bind("name");
        binder.forField(acronym).withNullRepresentation("").bind("acronym");
        binder.forField(country).bind("country");
        binder.forField(scope).bind("scope");
        binder.forField(relationship).bind("relationshipType");
        binder.forField(liaison)
                .withConverter(u -> u == null ? null : u.id(), id -> id == null ? null : byId.get(id))
                .bind("liaisonUserId");
        binder.forField(notes).withNullRepresentation("").bind("notes");
        binder.readRecord(existing == null ? AffiliateData.blank() : existing.data());

        FormLayout form = new FormLayout(name, acronym, country, scope, relationship, liaison);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        form.add(notes, 2);
        add(form);

        onSave(
                binder,
                () -> true,
                values -> existing == null
                        ? service.create(values)
                        : service.update(existing.getId(), existing.getVersion(), values),
                "affiliate.saved",
                Affiliate::getName,
                onSaved);
    }
}
