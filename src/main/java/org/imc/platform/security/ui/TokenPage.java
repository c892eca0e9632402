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
import org.imc.platform.security.AccountLinkService;
import org.imc.platform.security.PasswordChangeData;
import org.imc.platform.security.PasswordPolicy;

/**
 * A page opened from a single-use link in an e-mail (no sign-in): choose a password, then sign
 * in. An unknown, used or expired link shows the same explanation.
 */
abstract class TokenPage extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    /** The kinds of link; each one's texts are under its key prefix (title, intro, save, done). */
    enum Link {
        INVITATION("invitation"),
        RESET("reset");

        private final String keyPrefix;

        Link(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }

        String key(String text) {
            return keyPrefix + "." + text;
        }

        /** The user name the link is for, or empty if it does not work. */
        Optional<String> usernameFor(AccountLinkService links, String token) {
            return this == INVITATION ? links.invitedUsername(token) : links.resetUsername(token);
        }

        /** Uses the link; throws a BusinessException (shown to the user) if it cannot. */
        void use(AccountLinkService links, String token, String password, String repeated) {
            if (this == INVITATION) {
                links.acceptInvitation(token, password, repeated);
            } else {
                links.resetPassword(token, password, repeated);
            }
        }
    }

    private final transient AccountLinkService links;
    private final transient PasswordPolicy policy;
    private final Link link;
    private String token;

    TokenPage(AccountLinkService links, PasswordPolicy policy, Link link) {
        this.links = links;
        this.policy = policy;
        this.link = link;
        addClassName("imc-login");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        removeAll();
        Optional<String> username = link.usernameFor(links, token);
        if (username.isEmpty()) {
            add(new H1(getTranslation("link.invalid.title")), new Paragraph(getTranslation("link.invalid.text")));
            add(new Anchor("forgot-password", getTranslation("link.forgot")));
            return;
        }
        add(
                new H1(getTranslation(link.key("title"))),
                new Paragraph(getTranslation(link.key("intro"), username.get())),
                new ChoosePasswordForm(policy, false, getTranslation(link.key("save")), this::save));
    }

    private void save(PasswordChangeData data) {
        if (UserMessages.attempt(() -> link.use(links, token, data.getNewPassword(), data.getRepeatedPassword()))) {
            UserMessages.showSuccess(link.key("done"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(link.key("title")) + " · IMC";
    }
}
