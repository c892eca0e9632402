package org.imc.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail in the outbox, written in the recipient's language when it was caused. The
 * sender's bookkeeping (claim, lease, attempts) is changed with SQL by {@link MailQueries} only.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_user_id", updatable = false)
    private Long recipientUserId;

    @Column(name = "recipient_address", nullable = false, updatable = false, length = 190)
    private String recipientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private MailCategory category;

    @Column(nullable = false, updatable = false, length = 20)
    private String language;

    @Column(nullable = false, updatable = false, length = 255)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    @Column(updatable = false)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {}

    OutboxMessage(
            Long recipientUserId,
            String recipientAddress,
            MailCategory category,
            String language,
            RenderedMail mail,
            OutboxStatus status,
            Instant now) {
        this.recipientUserId = recipientUserId;
        this.recipientAddress = recipientAddress;
        this.category = category;
        this.language = language;
        this.subject = mail.subject().length() > 255 ? mail.subject().substring(0, 254) + "…" : mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.calendar = mail.calendar();
        this.status = status;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientUserId() {
        return recipientUserId;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public MailCategory getCategory() {
        return category;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getCalendar() {
        return calendar;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** The idempotency key a receiver can deduplicate on (also the Message-ID's local part). */
    public String idempotencyKey() {
        return "imc-outbox-" + id;
    }
}
