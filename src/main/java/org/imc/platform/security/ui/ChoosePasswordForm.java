package org.imc.platform.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableConsumer;
import org.imc.platform.security.PasswordChangeData;
import org.imc.platform.security.PasswordPolicy;

/**
 * A new password, twice, checked against {@link PasswordPolicy} on the field (the service checks
 * again), and, where the user is signed in, the current password first. The one password form:
 * the invitation and password-reset pages and "Change password" all use it.
 */
class ChoosePasswordForm extends Div {

    /** Shown only when the form asks for the current password. */
    final PasswordField current = new PasswordField();

    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    private final Binder<PasswordChangeData> binder = new Binder<>(PasswordChangeData.class);

    /**
     * @param askCurrent whether the current password is required (a signed-in user changing it)
     * @param onSave receives the valid entries; the service decides
     */
    ChoosePasswordForm(
            PasswordPolicy policy,
            boolean askCurrent,
            String saveText,
            SerializableConsumer<PasswordChangeData> onSave) {
        String required = getTranslation("validation.required");
        current.setLabel(getTranslation("account.password.current"));
        current.setId("current-password");
        current.setVisible(askCurrent);
        password.setLabel(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("account.password.new.hint"));
        password.setId("new-password");
        repeated.setLabel(getTranslation("account.password.repeat"));
        repeated.setId("repeat-password");
        if (askCurrent) {
            binder.forField(current)
                    .asRequired(required)
                    .bind(PasswordChangeData::getCurrentPassword, PasswordChangeData::setCurrentPassword);
        }
        binder.forField(password)
                .asRequired(required)
                .withValidator((value, context) -> {
                    String refusal = policy.refusal(value);
                    return refusal == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(refusal));
                })
                .bind(PasswordChangeData::getNewPassword, PasswordChangeData::setNewPassword);
        binder.forField(repeated)
                .asRequired(required)
                .withValidator(r -> r.equals(password.getValue()), getTranslation("account.password.mismatch"))
                .bind(PasswordChangeData::getRepeatedPassword, PasswordChangeData::setRepeatedPassword);
        binder.setBean(new PasswordChangeData());
        FormLayout form = askCurrent ? new FormLayout(current, password, repeated) : new FormLayout(password, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        save.setText(saveText);
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            if (binder.validate().isOk()) {
                onSave.accept(binder.getBean());
            }
        });
        add(form, save);
    }
}
