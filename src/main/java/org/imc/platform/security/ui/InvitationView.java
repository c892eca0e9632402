package org.imc.platform.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imc.platform.security.AccountLinkService;
import org.imc.platform.security.PasswordPolicy;

/** Where an invited person chooses their password (the link from the invitation e-mail). */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
class InvitationView extends TokenPage {

    InvitationView(AccountLinkService links, PasswordPolicy policy) {
        super(links, policy, Link.INVITATION);
    }
}
