package org.imc.platform.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.imc.platform.security.AccountLinkService;
import org.imc.platform.security.PasswordPolicy;

/** Where a user who forgot their password chooses a new one (the link from the reset e-mail). */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends TokenPage {

    private final transient AccountLinkService links;

    ResetPasswordView(AccountLinkService links, PasswordPolicy policy) {
        super(policy, "reset.title");
        this.links = links;
    }

    @Override
    Optional<String> usernameFor(String token) {
        return links.resetUsername(token);
    }

    @Override
    String introKey() {
        return "reset.intro";
    }

    @Override
    String saveKey() {
        return "reset.save";
    }

    @Override
    String doneKey() {
        return "reset.done";
    }

    @Override
    void use(String token, String password, String repeated) {
        links.resetPassword(token, password, repeated);
    }
}
