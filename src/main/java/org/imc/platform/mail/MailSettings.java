package org.imc.platform.mail;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The e-mail settings (docs/operations.md): SMTP server, sender address, retries and lease. */
@Component
class MailSettings {

    private final String host;
    private final String from;
    private final Duration lease;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration maxRetry;

    MailSettings(
            @Value("${spring.mail.host:}") String host,
            @Value("${imc.mail.from:IMC Platform <no-reply@imc.example>}") String from,
            @Value("${imc.mail.lease:5m}") Duration lease,
            @Value("${imc.mail.batch-size:20}") int batchSize,
            @Value("${imc.mail.max-attempts:20}") int maxAttempts,
            @Value("${imc.mail.first-retry:30s}") Duration firstRetry,
            @Value("${imc.mail.max-retry:1h}") Duration maxRetry) {
        this.host = host;
        this.from = from;
        this.lease = lease;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    /** Without a host, e-mails are kept in the outbox (the embedded default). */
    boolean smtpConfigured() {
        return host != null && !host.isBlank();
    }

    String from() {
        return from;
    }

    Duration lease() {
        return lease;
    }

    int batchSize() {
        return batchSize;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** Back-off after the {@code attempts}th failure: doubling from the first retry, capped. */
    Duration retryAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration d = firstRetry.multipliedBy(factor);
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }
}
