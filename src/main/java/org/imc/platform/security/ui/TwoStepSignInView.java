package org.imc.platform.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.security.SecondFactorService;

/**
 * Two-step sign-in: set up an authenticator app (scan a QR code or type the key, confirm with a
 * first code) and receive the recovery codes. Users whose role requires it come here right after
 * their password; everyone else may turn it on from the menu.
 */
@Route(value = "two-step-sign-in", autoLayout = false)
@Menu(order = 95, icon = "vaadin:key", title = "nav.two-step")
@AnonymousAllowed
class TwoStepSignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SecondFactorService secondFactors;
    private final transient SignInSession session;
    private final transient AuthenticationContext authentication;
    private final Div content = new Div();

    TwoStepSignInView(SecondFactorService secondFactors, SignInSession session, AuthenticationContext authentication) {
        this.secondFactors = secondFactors;
        this.session = session;
        this.authentication = authentication;
        addClassName("imc-login");
        add(new H1(getTranslation("second-factor.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean pending = secondFactors.pending().isPresent();
        if (pending && secondFactors.pending().get().enrolled()) {
            event.forwardTo(SignInCodeView.class);
            return;
        }
        if (!pending && !authentication.isAuthenticated()) {
            event.forwardTo(LoginView.class);
            return;
        }
        content.removeAll();
        if (pending) {
            content.add(new Paragraph(getTranslation("second-factor.required")));
            showEnrolment();
        } else if (secondFactors.isEnrolled()) {
            Button renew = new Button(getTranslation("second-factor.renew"), e -> {
                content.removeAll();
                showEnrolment();
            });
            content.add(new Paragraph(getTranslation("second-factor.on")), renew, back());
        } else {
            content.add(new Paragraph(getTranslation("second-factor.optional")));
            showEnrolment();
        }
    }

    private void showEnrolment() {
        SecondFactorService.NewSecret secret = secondFactors.newSecret();
        Image qrCode = new Image(secret.qrCodeDataUrl(), getTranslation("second-factor.qr.alt"));
        qrCode.addClassName("imc-qr-code");
        Span key = new Span(secret.secret());
        key.addClassName("imc-secret");
        TextField code = SignInCodeView.codeField(this);
        Button confirm = new Button(getTranslation("second-factor.turn-on"), e -> confirm(secret.secret(), code));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        content.add(
                new H2(getTranslation("second-factor.step.scan")),
                qrCode,
                new Paragraph(getTranslation("second-factor.step.key")),
                key,
                new H2(getTranslation("second-factor.step.confirm")),
                code,
                confirm,
                secondFactors.pending().isPresent() ? signOut() : back());
    }

    private void confirm(String secret, TextField code) {
        UserMessages.attemptToGet(() -> secondFactors.enrol(secret, code.getValue()))
                .ifPresentOrElse(
                        enrolment -> {
                            if (enrolment.signedIn() != null) {
                                session.establish(enrolment.signedIn());
                            }
                            showRecoveryCodes(enrolment);
                        },
                        () -> {
                            code.clear();
                            code.setErrorMessage(getTranslation("second-factor.code.wrong"));
                            code.setInvalid(true);
                            code.focus();
                        });
    }

    private void showRecoveryCodes(SecondFactorService.Enrolment enrolment) {
        content.removeAll();
        UnorderedList codes = new UnorderedList();
        codes.addClassName("imc-recovery-codes");
        enrolment.recoveryCodes().forEach(c -> codes.add(new ListItem(c)));
        Button done = new Button(
                getTranslation("second-factor.continue"),
                e -> getUI().ifPresent(ui -> ui.getPage().setLocation("./")));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(
                new Paragraph(getTranslation("second-factor.on")),
                new H2(getTranslation("second-factor.recovery.title")),
                new Paragraph(getTranslation("second-factor.recovery.help")),
                codes,
                done);
    }

    private Anchor back() {
        return new Anchor("./", getTranslation("second-factor.back"));
    }

    private Button signOut() {
        Button signOut = new Button(getTranslation("nav.sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return signOut;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.title") + " · IMC";
    }
}
