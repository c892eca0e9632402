package org.imc.platform.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.security.MailRecipient;
import org.imc.platform.security.Roles;
import org.imc.platform.security.UserService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox. Features call {@link #enqueue} inside their own transaction: the e-mail exists
 * exactly when the change it announces was committed, and {@link OutboxSender} sends it later
 * (docs/features/mail.md). Whether it goes at once, in the daily digest or not at all is the
 * recipient's choice for the category ({@link MailPreferenceService}); without an SMTP server
 * ({@code spring.mail.host} unset) messages are kept for the admin page.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class OutboxService {

    private final OutboxRepository outbox;
    private final MailQueries queries;
    private final MailTexts texts;
    private final MailPreferenceService preferences;
    private final UserService users;
    private final MailSettings settings;
    private final Clock clock;

    OutboxService(
            OutboxRepository outbox,
            MailQueries queries,
            MailTexts texts,
            MailPreferenceService preferences,
            UserService users,
            MailSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.queries = queries;
        this.texts = texts;
        this.preferences = preferences;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes an e-mail to a user about {@code category}, in their language, as their preference
     * for the category says (at once, in the daily digest, or not at all). Joins the caller's
     * transaction (a rolled-back change sends nothing). Returns the row's id, or empty when
     * nothing is to be sent (the user wants none, is unknown, or is disabled — except for
     * account e-mails, which reach disabled users invited to enable themselves).
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> enqueue(Long recipientUserId, MailCategory category, MailContent content) {
        Optional<MailRecipient> found = users.recipient(recipientUserId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MailRecipient recipient = found.get();
        if (category != MailCategory.ACCOUNT && !recipient.enabled()) {
            return Optional.empty();
        }
        Delivery delivery = category == MailCategory.ACCOUNT
                ? Delivery.IMMEDIATELY
                : preferences.deliveryFor(recipient.id(), recipient.roles(), category);
        if (delivery == Delivery.NEVER) {
            return Optional.empty();
        }
        Locale locale = recipient.locale();
        OutboxStatus status = delivery == Delivery.DAILY_DIGEST
                ? OutboxStatus.IN_DIGEST
                : (settings.smtpConfigured() ? OutboxStatus.PENDING : OutboxStatus.KEPT);
        OutboxMessage saved = outbox.save(new OutboxMessage(
                recipient.id(),
                recipient.email(),
                category,
                locale.toLanguageTag(),
                texts.render(locale, recipient.fullName(), content),
                status,
                clock.instant()));
        return Optional.of(saved.getId());
    }

    /** A notification as an e-mail: its own text is the subject and the body. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> enqueueNotification(Long recipientUserId, String messageKey, String link, List<String> args) {
        return enqueue(
                recipientUserId,
                MailCategory.ofMessageKey(messageKey),
                new MailContent(messageKey, messageKey, args, link, null));
    }

    /** A page of the outbox, newest first unless the page sorts otherwise. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> page(Pageable pageable) {
        return outbox.findBy(pageable);
    }

    @Transactional(readOnly = true)
    public long count() {
        return outbox.count();
    }

    @Transactional(readOnly = true)
    public OutboxMessage get(Long id) {
        return outbox.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    @Transactional(readOnly = true)
    public long countByStatus(OutboxStatus status) {
        return queries.countByStatus(status);
    }

    /** Whether messages are sent (an SMTP server is configured) or kept here. */
    public boolean sending() {
        return settings.smtpConfigured();
    }
}
