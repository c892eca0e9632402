package org.imc.platform.notification;

import java.time.Clock;
import java.util.List;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. Features call {@link #notify} inside their own transaction, so a
 * notification exists exactly when the change it announces was committed.
 */
@Service
@PreAuthorize(Roles.SIGNED_IN)
public class NotificationService {

    private final NotificationRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
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
        return repository.markAllRead(currentUser.require().id(), clock.instant());
    }
}
