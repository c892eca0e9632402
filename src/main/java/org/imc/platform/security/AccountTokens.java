package org.imc.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues and redeems single-use links: 32 random bytes (URL-safe Base64) go into the e-mail, their
 * SHA-256 into {@code account_token}. Callers hold the transaction.
 */
@Component
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /** A new link for the user; the e-mail is written by the listener of {@link AccountLinkIssued}. */
    void issue(AppUser user, AccountLinkPurpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccountToken saved = tokens.save(new AccountToken(user.getId(), purpose, hash(token), clock.instant()));
        events.publishEvent(
                new AccountLinkIssued(user.getId(), user.getUsername(), purpose, token, saved.getExpiresAt()));
    }

    /** The usable token of this purpose, without locking it (to show the page). */
    Optional<AccountToken> peek(String token, AccountLinkPurpose purpose) {
        return lookUp(token, purpose, false);
    }

    /** The usable token of this purpose, locked for its one use. */
    Optional<AccountToken> lock(String token, AccountLinkPurpose purpose) {
        return lookUp(token, purpose, true);
    }

    long issuedSince(Long userId, AccountLinkPurpose purpose, java.time.Duration window) {
        return tokens.countByUserIdAndPurposeAndCreatedAtAfter(
                userId, purpose, clock.instant().minus(window));
    }

    void closeOpen(Long userId, AccountLinkPurpose purpose) {
        tokens.closeAll(userId, purpose, clock.instant());
    }

    /** Uses the token and ends the user's other open links of the same purpose. */
    void use(AccountToken token) {
        tokens.closeAll(token.getUserId(), token.getPurpose(), clock.instant());
    }

    private Optional<AccountToken> lookUp(String token, AccountLinkPurpose purpose, boolean forUpdate) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        String hash = hash(token);
        return (forUpdate ? tokens.lockByTokenHash(hash) : tokens.findByTokenHash(hash))
                .filter(t -> t.getPurpose() == purpose)
                .filter(t -> t.isUsable(clock.instant()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
