package org.imc.platform.security;

import java.time.Instant;

/**
 * Published inside the transaction that created a single-use link, for the e-mail outbox to
 * write the message in the same transaction. The token travels only here and in the e-mail;
 * the database keeps its SHA-256.
 */
public record AccountLinkIssued(
        Long userId, String username, AccountLinkPurpose purpose, String token, Instant expiresAt) {

    public String path() {
        return purpose.path(token);
    }

    @Override
    public String toString() {
        return "AccountLinkIssued[userId=" + userId + ", purpose=" + purpose + "]";
    }
}
