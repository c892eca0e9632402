package org.imc.platform.security;

import java.util.Set;

/** Whom an e-mail goes to: what the outbox needs of a user, read on the server only. */
public record MailRecipient(Long id, String username, String fullName, String email, Set<Role> roles, boolean enabled) {

    static MailRecipient of(AppUser user) {
        return new MailRecipient(
                user.getId(),
                user.getUsername(),
                user.getFullName(),
                user.getEmail(),
                user.getRoles(),
                user.isEnabled());
    }
}
