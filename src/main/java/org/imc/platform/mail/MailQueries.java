package org.imc.platform.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every hand-written SQL statement of the e-mail feature: the sender's claims and their
 * outcomes. A claim is made in a short transaction of its own ({@link OutboxSender}); the
 * outcome of a send counts only while the claim token is still the row's, so a node whose lease
 * ran out (and whose row another node took over) changes nothing.
 */
@Component
class MailQueries {

    /** A claimed row, with what the sender needs to build the message. */
    record Claimed(
            Long id,
            String address,
            MailCategory category,
            String subject,
            String text,
            String html,
            String calendar,
            int attempts) {}

    private final JdbcTemplate jdbc;

    MailQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} due rows: pending ones whose attempt time has come, and rows
     * whose sender's lease ran out (a node that died mid-send). {@code SKIP LOCKED} (MariaDB
     * 10.6+) lets each concurrent claimer take rows nobody else holds instead of waiting, so two
     * nodes never claim the same row. Must run inside a transaction.
     */
    List<Long> lockDue(Instant now, int limit) {
        return jdbc.queryForList("""
                SELECT id FROM mail_outbox
                WHERE (status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND lease_until <= ?)
                ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""", Long.class, Timestamp.from(now), Timestamp.from(now), limit);
    }

    void claim(List<Long> ids, String token, Instant leaseUntil) {
        for (Long id : ids) {
            jdbc.update(
                    "UPDATE mail_outbox SET status = 'SENDING', claim_token = ?, lease_until = ? WHERE id = ?",
                    token,
                    Timestamp.from(leaseUntil),
                    id);
        }
    }

    List<Claimed> claimed(String token) {
        return jdbc.query(
                """
                SELECT id, recipient_address, category, subject, body_text, body_html, calendar, attempts
                FROM mail_outbox WHERE claim_token = ? AND status = 'SENDING' ORDER BY id""",
                (rs, i) -> new Claimed(
                        rs.getLong(1),
                        rs.getString(2),
                        MailCategory.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8)),
                token);
    }

    /**
     * The row went out. Account e-mails (invitation and reset links) lose their bodies once
     * sent: the link is a credential until used, and nobody needs to read it here afterwards.
     */
    boolean sent(Long id, String token, Instant now) {
        return jdbc.update("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = ?, claim_token = NULL, lease_until = NULL,
                            last_error = NULL, attempts = attempts + 1,
                            body_text = CASE WHEN category = 'ACCOUNT' THEN '' ELSE body_text END,
                            body_html = CASE WHEN category = 'ACCOUNT' THEN '' ELSE body_html END
                        WHERE id = ? AND claim_token = ?""", Timestamp.from(now), id, token) == 1;
    }

    /** The send failed: try again at {@code nextAttempt}, or give up after {@code maxAttempts}. */
    void failed(Long id, String token, Instant nextAttempt, String error, int maxAttempts) {
        jdbc.update(
                """
                UPDATE mail_outbox SET attempts = attempts + 1,
                    status = CASE WHEN attempts + 1 >= ? THEN 'FAILED' ELSE 'PENDING' END,
                    next_attempt_at = ?, last_error = ?, claim_token = NULL, lease_until = NULL
                WHERE id = ? AND claim_token = ?""",
                maxAttempts,
                Timestamp.from(nextAttempt),
                error == null ? null : (error.length() > 500 ? error.substring(0, 500) : error),
                id,
                token);
    }

    /** A claimed row not tried (the server was unreachable for an earlier one): back to the queue. */
    void release(Long id, String token, Instant nextAttempt) {
        jdbc.update("""
                UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, claim_token = NULL, lease_until = NULL
                WHERE id = ? AND claim_token = ?""", Timestamp.from(nextAttempt), id, token);
    }

    /** Users with messages waiting for their digest. */
    List<Long> digestRecipients() {
        return jdbc.queryForList(
                "SELECT DISTINCT recipient_user_id FROM mail_outbox WHERE status = 'IN_DIGEST' ORDER BY recipient_user_id",
                Long.class);
    }

    /** Locks the waiting digest rows of a user (another node building the same digest waits, then finds none). */
    List<Long> lockDigestRows(Long userId) {
        return jdbc.queryForList(
                "SELECT id FROM mail_outbox WHERE recipient_user_id = ? AND status = 'IN_DIGEST' ORDER BY id FOR UPDATE",
                Long.class,
                userId);
    }

    void markDigested(List<Long> ids) {
        for (Long id : ids) {
            jdbc.update("UPDATE mail_outbox SET status = 'DIGESTED' WHERE id = ? AND status = 'IN_DIGEST'", id);
        }
    }

    long countByStatus(OutboxStatus status) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = ?", Long.class, status.name());
        return n == null ? 0 : n;
    }
}
