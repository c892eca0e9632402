package org.imc.platform.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Optional;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.security.PasswordPolicy;

/**
 * A page opened from a single-use link in an e-mail (no sign-in): choose a password, then sign
 * in. An unknown, used or expired link shows the same explanation.
 */
abstract class TokenPage extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient PasswordPolicy policy;
    private final String titleKey;
    private String token;

    TokenPage(PasswordPolicy policy, String titleKey) {
        this.policy = policy;
        this.titleKey = titleKey;
        addClassName("imc-login");
    }

    /** The user name the link is for, or empty if it does not work. */
    abstract Optional<String> usernameFor(String token);

    abstract String introKey();

    abstract String saveKey();

    abstract String doneKey();

    /** Uses the link; throws a BusinessException (shown to the user) if it cannot. */
    abstract void use(String token, String password, String repeated);

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        removeAll();
        Optional<String> username = usernameFor(token);
        if (username.isEmpty()) {
            add(new H1(getTranslation("link.invalid.title")), new Paragraph(getTranslation("link.invalid.text")));
            add(new Anchor("forgot-password", getTranslation("link.forgot")));
            return;
        }
        add(
                new H1(getTranslation(titleKey)),
                new Paragraph(getTranslation(introKey(), username.get())),
                new ChoosePasswordForm(policy, getTranslation(saveKey()), this::save));
    }

    private void save(String password, String repeated) {
        if (UserMessages.attempt(() -> use(token, password, repeated))) {
            UserMessages.showSuccess(doneKey());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · IMC";
    }
}
