package org.imc.platform.mail;

/**
 * Where an outbox row stands. PENDING → SENDING (claimed, under a lease) → SENT, or back to
 * PENDING with a later attempt time when SMTP failed, FAILED after the last attempt. KEPT: no
 * SMTP server is configured, the message stays to be read on the admin page. IN_DIGEST: waits
 * for the recipient's daily digest, DIGESTED once it went out in one.
 */
public enum OutboxStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    KEPT,
    IN_DIGEST,
    DIGESTED;

    public String labelKey() {
        return "mail.status." + name();
    }
}
