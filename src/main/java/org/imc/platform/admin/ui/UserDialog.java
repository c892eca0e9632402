package org.imc.platform.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Map;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.directory.MunicipalityName;
import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.security.AppUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.UserForm;
import org.imc.platform.security.UserService;

/**
 * Invites a user (they choose their password through the e-mailed link; admins never see or
 * set passwords) or changes one. Field rules come from {@link UserForm}'s constraints; what only
 * the service can know (a user name already taken) is shown on the field it concerns.
 */
class UserDialog extends Dialog {

    private final transient UserService users;
    private final transient MunicipalityService municipalities;
    private final SerializableRunnable onSaved;
    private final AppUser existing;
    private final UserForm original;

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ComboBox<MunicipalityName> municipality = new ComboBox<>();
    private final Button save = new Button();

    private final BeanValidationBinder<UserForm> binder = new BeanValidationBinder<>(UserForm.class);
    private Binder.Binding<UserForm, Long> municipalityBinding;

    static UserDialog forNewUser(UserService users, MunicipalityService municipalities, SerializableRunnable onSaved) {
        return new UserDialog(users, municipalities, null, onSaved);
    }

    static UserDialog forUser(
            UserService users, MunicipalityService municipalities, AppUser user, SerializableRunnable onSaved) {
        return new UserDialog(users, municipalities, user, onSaved);
    }

    private UserDialog(
            UserService users, MunicipalityService municipalities, AppUser existing, SerializableRunnable onSaved) {
        this.users = users;
        this.municipalities = municipalities;
        this.existing = existing;
        this.onSaved = onSaved;
        this.original = existing == null ? new UserForm() : UserForm.of(existing);
        boolean creating = existing == null;

        setHeaderTitle(
                creating
                        ? getTranslation("admin.users.dialog.new")
                        : getTranslation("admin.users.dialog.edit", existing.getUsername()));
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 95vw)");

        username.setLabel(getTranslation("admin.users.username"));
        username.setReadOnly(!creating);
        username.setHelperText(creating ? getTranslation("admin.users.username.hint") : null);
        fullName.setLabel(getTranslation("admin.users.full-name"));
        email.setLabel(getTranslation("admin.users.email"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        roles.setLabel(getTranslation("admin.users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        municipality.setLabel(getTranslation("admin.users.municipality"));
        municipality.setPlaceholder(getTranslation("admin.users.municipality.placeholder"));
        municipality.setItemLabelGenerator(MunicipalityName::label);
        // lazy: the directory may be large, so ask it only for names starting with what was typed
        municipality.setItems(query ->
                municipalities
                        .namesStartingWith(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                        .stream()
                        .skip(query.getOffset()));
        municipality.setClearButtonVisible(true);

        bind();
        binder.readBean(original);
        roles.addValueChangeListener(e -> showMunicipality());
        showMunicipality();

        email.setHelperText(creating ? getTranslation("admin.users.invite.hint") : null);
        FormLayout form = new FormLayout(username, fullName, email, roles, municipality);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(roles, 2);
        form.setColspan(municipality, 2);
        add(form);

        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        save.setText(getTranslation(creating ? "admin.users.invite" : "admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);

        (creating ? username : fullName).focus();
    }

    private void bind() {
        // "Required" rather than whichever other rule an empty value also breaks
        String required = getTranslation("validation.required");
        binder.forField(username).asRequired(required).bind("username");
        binder.forField(fullName).asRequired(required).bind("fullName");
        binder.forField(email).asRequired(required).bind("email");
        binder.forField(roles).bind("roles");
        municipalityBinding = binder.forField(municipality)
                .withValidator((value, context) -> value == null && isMayor()
                        ? ValidationResult.error(getTranslation("user.error.mayor-needs-municipality"))
                        : ValidationResult.ok())
                .withConverter(m -> m == null ? null : m.id(), this::municipalityName)
                .bind("municipalityId");
    }

    private MunicipalityName municipalityName(Long id) {
        return id == null ? null : municipalities.names(List.of(id)).get(id);
    }

    private boolean isMayor() {
        return roles.getValue() != null && roles.getValue().contains(Role.MAYOR);
    }

    private void showMunicipality() {
        boolean mayor = isMayor();
        municipality.setVisible(mayor);
        municipality.setRequiredIndicatorVisible(mayor);
        if (municipality.isInvalid()) {
            municipalityBinding.validate();
        }
    }

    private void save() {
        UserForm copy = new UserForm();
        copy.setUsername(original.getUsername());
        copy.setVersion(original.getVersion());
        if (!binder.writeBeanIfValid(copy)) {
            return;
        }
        if (!isMayor()) {
            copy.setMunicipalityId(null);
        }
        try {
            if (existing == null) {
                AppUser created = users.invite(copy);
                UserMessages.showSuccess("admin.users.invited", created.getEmail());
            } else {
                users.update(existing.getId(), copy.getVersion(), copy);
                UserMessages.showSuccess("admin.users.updated", existing.getUsername());
            }
        } catch (RuntimeException e) {
            if (!showOnField(e)) {
                UserMessages.showError(e);
            }
            return;
        }
        close();
        onSaved.run();
    }

    /** Shows a refusal that concerns a single field next to that field; false if it concerns none. */
    private boolean showOnField(RuntimeException e) {
        if (!(e instanceof BusinessException business)) {
            return false;
        }
        Map<String, Component> fields = Map.of(
                "user.error.username-taken", username,
                "user.error.mayor-needs-municipality", municipality);
        Component field = fields.get(business.getMessageKey());
        if (field == null) {
            return false;
        }
        HasValidation validated = (HasValidation) field;
        validated.setErrorMessage(UserMessages.explain(e));
        validated.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return true;
    }
}
