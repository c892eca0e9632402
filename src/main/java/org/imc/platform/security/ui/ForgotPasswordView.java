package org.imc.platform.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.security.AccountLinkService;

/**
 * "Forgot password": asks for a user name or e-mail address and always gives the same answer,
 * so the page does not tell who has an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    final TextField identifier = new TextField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(AccountLinkService links) {
        addClassName("imc-login");
        identifier.setLabel(getTranslation("forgot.identifier"));
        identifier.setId("forgot-identifier");
        identifier.setWidth("22rem");
        identifier.setMaxLength(190);
        send.setText(getTranslation("forgot.submit"));
        send.setId("forgot-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        answer.setId("forgot-answer");
        answer.getElement().setAttribute("role", "status");
        send.addClickListener(e -> {
            if (identifier.getValue().isBlank()) {
                identifier.setInvalid(true);
                identifier.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (UserMessages.attempt(() -> links.requestPasswordReset(identifier.getValue()))) {
                answer.setText(getTranslation("forgot.sent"));
                send.setEnabled(false);
            }
        });
        Div form = new Div(identifier, send);
        form.addClassName("imc-filters");
        add(
                new H1(getTranslation("forgot.title")),
                new Paragraph(getTranslation("forgot.intro")),
                form,
                answer,
                new Anchor("login", getTranslation("link.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · IMC";
    }
}
