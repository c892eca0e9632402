package org.imc.platform.mail;

import java.time.Duration;
import org.imc.platform.security.AccountLinkIssued;
import org.imc.platform.security.AccountLinkPurpose;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation and password-reset e-mails, synchronously in the transaction that made
 * the link (so a link exists exactly when its e-mail does).
 */
@Component
class AccountMailListener {

    private final OutboxService outbox;

    AccountMailListener(OutboxService outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(AccountLinkIssued link) {
        String key = link.purpose() == AccountLinkPurpose.INVITATION ? "mail.invitation" : "mail.reset";
        long validHours = link.purpose().validFor().toHours();
        long validMinutes = link.purpose().validFor().toMinutes();
        String validity = validHours >= 1 && link.purpose().validFor().equals(Duration.ofHours(validHours))
                ? String.valueOf(validHours)
                : String.valueOf(validMinutes);
        outbox.enqueue(
                link.userId(),
                MailCategory.ACCOUNT,
                MailContent.of(key + ".subject", key + ".body", link.path(), validity, link.username()));
    }
}
