package org.imc.platform.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.imc.platform.security.AccountLinkService;
import org.imc.platform.security.PasswordPolicy;

/** Where an invited person chooses their password (the link from the invitation e-mail). */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
class InvitationView extends TokenPage {

    private final transient AccountLinkService links;

    InvitationView(AccountLinkService links, PasswordPolicy policy) {
        super(policy, "invitation.title");
        this.links = links;
    }

    @Override
    Optional<String> usernameFor(String token) {
        return links.invitedUsername(token);
    }

    @Override
    String introKey() {
        return "invitation.intro";
    }

    @Override
    String saveKey() {
        return "invitation.save";
    }

    @Override
    String doneKey() {
        return "invitation.done";
    }

    @Override
    void use(String token, String password, String repeated) {
        links.acceptInvitation(token, password, repeated);
    }
}
