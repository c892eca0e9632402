package org.imc.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An in-app message to one user. The text is a translation key plus arguments, so it is shown
 * in the reader's language, not the sender's.
 */
@Entity
@Table(name = "notification")
public class Notification {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Column(name = "message_key", nullable = false, updatable = false, length = 120)
    private String messageKey;

    @Column(name = "message_args", updatable = false, length = 1000)
    private String messageArgs;

    @Column(length = 255, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(Long recipientId, String messageKey, List<String> args, String link, Instant createdAt) {
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, args);
        this.messageArgs = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.link = link;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getMessageArgs() {
        return messageArgs == null || messageArgs.isEmpty()
                ? new Object[0]
                : Arrays.stream(messageArgs.split(SEPARATOR, -1)).toArray();
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
