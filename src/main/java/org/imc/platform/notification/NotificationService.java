package org.imc.platform.notification;

import java.time.Clock;
import java.util.List;
import org.imc.platform.base.live.ChangeFeed;
import org.imc.platform.base.live.Topic;
import org.imc.platform.mail.MailCategory;
import org.imc.platform.mail.MailContent;
import org.imc.platform.mail.OutboxService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. Features call {@link #notify} inside their own transaction, so a
 * notification (and its e-mail in the outbox) exists exactly when the change it announces was
 * committed.
 */
@Service
@PreAuthorize(Roles.SIGNED_IN)
public class NotificationService {

    private final NotificationRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OutboxService outbox;
    private final ChangeFeed changes;

    NotificationService(
            NotificationRepository repository,
            CurrentUser currentUser,
            Clock clock,
            OutboxService outbox,
            ChangeFeed changes) {
        this.repository = repository;
        this.changes = changes;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Tells a user something. {@code messageKey} is a translation key; {@code args} fill its
     * placeholders; {@code link} is a route to open (may be null).
     */
    @Transactional
    public void notify(Long recipientId, String messageKey, String link, String... args) {
        repository.save(new Notification(recipientId, messageKey, List.of(args), link, clock.instant()));
        changes.changed(Topic.notificationsOf(recipientId));
        // and as an e-mail, at once, in the digest or not at all, as the recipient chose
        outbox.enqueueNotification(recipientId, messageKey, link, List.of(args));
    }

    /**
     * {@link #notify} from a scheduled job, where nobody is signed in: reminders the platform
     * sends by itself (an agreement about to end). Callers are services, never a view.
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional
    public void remind(Long recipientId, String messageKey, String link, String... args) {
        notify(recipientId, messageKey, link, args);
    }

    /**
     * {@link #notify} with a calendar entry (iCalendar text) attached to the e-mail, for an event
     * the recipient should put in their calendar (an enrolment, a scheduled exchange).
     */
    @Transactional
    public void notifyWithCalendar(Long recipientId, String messageKey, String link, String calendar, String... args) {
        repository.save(new Notification(recipientId, messageKey, List.of(args), link, clock.instant()));
        changes.changed(Topic.notificationsOf(recipientId));
        outbox.enqueue(
                recipientId,
                MailCategory.ofMessageKey(messageKey),
                new MailContent(messageKey, messageKey, List.of(args), link, calendar));
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return repository.countByRecipientIdAndReadAtIsNull(
                currentUser.require().id());
    }

    @Transactional(readOnly = true)
    public List<Notification> latest(int limit) {
        return repository.findByRecipientIdOrderByCreatedAtDescIdDesc(
                currentUser.require().id(), PageRequest.of(0, Math.max(1, Math.min(limit, 50))));
    }

    @Transactional
    public int markAllRead() {
        Long me = currentUser.require().id();
        int read = repository.markAllRead(me, clock.instant());
        if (read > 0) {
            // the bell in the user's other tabs
            changes.changed(Topic.notificationsOf(me));
        }
        return read;
    }

    /** What the signed-in user's bell follows. */
    public Topic topic() {
        return Topic.notificationsOf(currentUser.require().id());
    }
}
