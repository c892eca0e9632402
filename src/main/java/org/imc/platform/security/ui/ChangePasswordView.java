package org.imc.platform.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.PasswordChangeData;
import org.imc.platform.security.PasswordPolicy;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.security.UserService;

/**
 * The signed-in user changes their own password (the current one is required). A user whose
 * password was set by an administrator is sent here from every route until they have chosen
 * their own ({@link PasswordChangeGate}).
 */
@Route("account/password")
@Menu(order = 100, icon = "vaadin:key", title = "nav.account.password")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService users;

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    private final Binder<PasswordChangeData> binder = new Binder<>(PasswordChangeData.class);

    ChangePasswordView(UserService users, CurrentUser currentUser, PasswordPolicy policy) {
        this.users = users;
        addClassName("imc-view");
        add(new H1(getTranslation("account.password.title")));
        if (currentUser.get().map(SignedInUser::mustChangePassword).orElse(false)) {
            Paragraph forced = new Paragraph(getTranslation("account.password.forced"));
            forced.setId("password-change-forced");
            add(forced);
        }
        current.setLabel(getTranslation("account.password.current"));
        password.setLabel(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("account.password.new.hint"));
        repeated.setLabel(getTranslation("account.password.repeat"));
        String required = getTranslation("validation.required");
        binder.forField(current)
                .asRequired(required)
                .bind(PasswordChangeData::getCurrentPassword, PasswordChangeData::setCurrentPassword);
        binder.forField(password)
                .asRequired(required)
                // the service checks the same rules again; here they show on the field
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

        FormLayout form = new FormLayout(current, password, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        save.setText(getTranslation("account.password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(form, save);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        PasswordChangeData data = binder.getBean();
        boolean changed = UserMessages.attempt(() -> users.changeOwnPassword(data));
        if (changed) {
            UserMessages.showSuccess("account.password.changed");
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title") + " · IMC";
    }
}
