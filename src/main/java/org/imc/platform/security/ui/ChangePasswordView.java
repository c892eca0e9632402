package org.imc.platform.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.OwnAccountService;
import org.imc.platform.security.PasswordChangeData;
import org.imc.platform.security.PasswordPolicy;
import org.imc.platform.security.SignedInUser;

/**
 * The signed-in user changes their own password (the current one is required). A user whose
 * password was set by an administrator is sent here from every route until they have chosen
 * their own ({@link PasswordChangeGate}).
 */
@Route("account/password")
@Menu(order = 100, icon = "vaadin:key", title = "nav.account.password")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnAccountService account;
    private final ChoosePasswordForm form;

    ChangePasswordView(OwnAccountService account, CurrentUser currentUser, PasswordPolicy policy) {
        this.account = account;
        addClassName("imc-view");
        add(new H1(getTranslation("account.password.title")));
        if (currentUser.get().map(SignedInUser::mustChangePassword).orElse(false)) {
            Paragraph forced = new Paragraph(getTranslation("account.password.forced"));
            forced.setId("password-change-forced");
            add(forced);
        }
        form = new ChoosePasswordForm(policy, true, getTranslation("account.password.save"), this::save);
        add(form);
    }

    ChoosePasswordForm form() {
        return form;
    }

    private void save(PasswordChangeData data) {
        if (UserMessages.attempt(() -> account.changeOwnPassword(data))) {
            UserMessages.showSuccess("account.password.changed");
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title") + " · IMC";
    }
}
