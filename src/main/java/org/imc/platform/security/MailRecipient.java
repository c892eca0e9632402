package org.imc.platform.security;

import java.util.Locale;
import java.util.Set;
import org.imc.platform.base.Language;

/**
 * Whom an e-mail goes to: what the outbox needs of a user, read on the server only; {@code locale}
 * is the language chosen on the account (English without a choice: a job has no browser to ask).
 */
public record MailRecipient(
        Long id, String username, String fullName, String email, Set<Role> roles, boolean enabled, Locale locale) {

    static MailRecipient of(AppUser user) {
        return new MailRecipient(
                user.getId(),
                user.getUsername(),
                user.getFullName(),
                user.getEmail(),
                user.getRoles(),
                user.isEnabled(),
                user.getLanguage().orElse(Language.ENGLISH).locale());
    }
}
