package org.imc.platform.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.imc.platform.base.DatabaseOutage;
import org.imc.platform.base.ui.LanguagePicker;
import org.imc.platform.base.ui.LanguagePreference;
import org.imc.platform.security.SecondFactorService;
import org.imc.platform.security.SignInDelayedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. The form posts to Spring Security; a failed attempt comes back with {@code ?error}.
 * The messages never tell whether a user name exists: unknown names are locked out the same way.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final transient AuthenticationContext authentication;
    private final transient SecondFactorService secondFactors;

    private final boolean demoHint;

    LoginView(
            AuthenticationContext authentication,
            SecondFactorService secondFactors,
            LanguagePreference languages,
            @org.springframework.beans.factory.annotation.Value("${imc.demo-hint:false}") boolean demoHint) {
        this.authentication = authentication;
        this.secondFactors = secondFactors;
        this.demoHint = demoHint;
        addClassName("imc-login");
        form.setAction("login");
        // the form's own button fires an event; the page is a plain link below instead
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));
        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        Anchor forgot = new Anchor("forgot-password", getTranslation("link.forgot"));
        forgot.setId("forgot-password-link");
        LanguagePicker language = new LanguagePicker(languages);
        language.addClassName("imc-login-language");
        add(language, title, tagline, form, forgot);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        // the password was right: the second step (or setting it up) comes next
        var pending = secondFactors.pending();
        if (pending.isPresent()) {
            event.forwardTo(pending.get().enrolled() ? SignInCodeView.class : TwoStepSignInView.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = lastFailure();
            LoginI18n i18n = i18n(failure instanceof LockedException);
            if (failure instanceof SignInDelayedException delayed) {
                i18n.getErrorMessage().setTitle(getTranslation("login.delayed.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.delayed.message", delayed.retryAfterSeconds()));
            }
            if (failure instanceof Throwable error && DatabaseOutage.isCause(error)) {
                // the user name and password may well be right: say so instead of "incorrect"
                i18n.getErrorMessage().setTitle(getTranslation("error.database-unavailable.title"));
                i18n.getErrorMessage().setMessage(getTranslation(DatabaseOutage.MESSAGE_KEY));
            }
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(locked ? "login.locked.title" : "login.failed.title"));
        error.setMessage(getTranslation(locked ? "login.locked.message" : "login.failed.message"));
        if (demoHint) {
            i18n.setAdditionalInformation(
                    getTranslation("login.demo-hint") + " " + getTranslation("login.demo-hint.two-step"));
        }
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · IMC";
    }
}
