package org.imc.platform.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imc.platform.security.AccountLinkService;
import org.imc.platform.security.PasswordPolicy;

/** Where a user who forgot their password chooses a new one (the link from the reset e-mail). */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends TokenPage {

    ResetPasswordView(AccountLinkService links, PasswordPolicy policy) {
        super(links, policy, Link.RESET);
    }
}
