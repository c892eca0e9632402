package org.imc.platform.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.security.PendingSecondFactor;
import org.imc.platform.security.SecondFactorService;
import org.springframework.security.core.Authentication;

/**
 * The second step of signing in: the code from the authenticator app, or a recovery code.
 * Open to a session whose password step succeeded; everyone else is sent back to sign-in.
 */
@Route(value = "sign-in/code", autoLayout = false)
@AnonymousAllowed
class SignInCodeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SecondFactorService secondFactors;
    private final transient SignInSession session;
    private final TextField code = codeField(this);

    SignInCodeView(SecondFactorService secondFactors, SignInSession session, AuthenticationContext authentication) {
        this.secondFactors = secondFactors;
        this.session = session;
        addClassName("imc-login");
        Button verify = new Button(getTranslation("second-factor.verify"), e -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        Button signOut = new Button(getTranslation("nav.sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H1(getTranslation("second-factor.title")),
                new Paragraph(getTranslation("second-factor.code.help")),
                code,
                new HorizontalLayout(verify, signOut));
    }

    /** The labelled code input browsers and password managers recognise as a one-time code. */
    static TextField codeField(com.vaadin.flow.component.Component owner) {
        TextField field = new TextField(owner.getTranslation("second-factor.code"));
        field.getElement().setAttribute("name", "code");
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "numeric");
        field.setMaxLength(20);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setRequired(true);
        field.setAutofocus(true);
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PendingSecondFactor> pending = secondFactors.pending();
        if (pending.isEmpty()) {
            event.forwardTo(LoginView.class);
        } else if (!pending.get().enrolled()) {
            event.forwardTo(TwoStepSignInView.class);
        }
    }

    private void verify() {
        Optional<Authentication> signedIn = UserMessages.attemptToGet(() -> secondFactors.verify(code.getValue()));
        if (signedIn.isEmpty()) {
            code.clear();
            code.setErrorMessage(getTranslation("second-factor.code.wrong"));
            code.setInvalid(true);
            code.focus();
            return;
        }
        session.establish(signedIn.get());
        getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.title") + " · IMC";
    }
}
