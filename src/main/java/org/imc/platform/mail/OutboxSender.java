package org.imc.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Every node runs it (no cluster lock: the claim is the lock):
 * <ol>
 * <li>claim a batch in a short transaction ({@code SELECT … FOR UPDATE SKIP LOCKED}, then a
 * claim token and a lease on each row), so two nodes or threads never hold the same row;</li>
 * <li>send each claimed row over SMTP outside any transaction;</li>
 * <li>mark it SENT (only while the claim token is still the row's), or back to PENDING with a
 * doubling back-off after a failure; once the server is unreachable the rest of the batch is
 * released untried.</li>
 * </ol>
 * A node that dies between 2 and 3 leaves its rows SENDING until the lease runs out; then they
 * are claimed again and sent again: delivery is at least once. Every message carries its
 * outbox id in {@code Message-ID} and {@code X-IMC-Idempotency-Key}, so a receiver can drop the
 * rare second copy.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final String IDEMPOTENCY_HEADER = "X-IMC-Idempotency-Key";

    private final MailQueries queries;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxSender(
            MailQueries queries,
            MailSettings settings,
            ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${imc.mail.send-interval:15s}", initialDelayString = "${imc.mail.send-interval:15s}")
    void scheduled() {
        try {
            while (sendDue() == settings.batchSize()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Sending e-mails failed: {}", e.toString());
        }
    }

    /** Claims and sends one batch of due messages; returns how many were claimed. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!settings.smtpConfigured() || sender == null) {
            return 0;
        }
        String token = UUID.randomUUID().toString();
        List<MailQueries.Claimed> batch = transaction.execute(status -> {
            Instant now = clock.instant();
            List<Long> ids = queries.lockDue(now, settings.batchSize());
            if (ids.isEmpty()) {
                return List.of();
            }
            queries.claim(ids, token, now.plus(settings.lease()));
            return queries.claimed(token);
        });
        boolean serverDown = false;
        for (MailQueries.Claimed message : batch) {
            if (serverDown) {
                queries.release(message.id(), token, clock.instant().plus(settings.retryAfter(1)));
                continue;
            }
            try {
                sender.send(mime(sender, message));
                if (!queries.sent(message.id(), token, clock.instant())) {
                    LOG.warn("E-mail {} was sent after its lease ran out; it may go twice", message.id());
                }
            } catch (MailException | MessagingException e) {
                int attempts = message.attempts() + 1;
                queries.failed(
                        message.id(),
                        token,
                        clock.instant().plus(settings.retryAfter(attempts)),
                        e.getMessage(),
                        settings.maxAttempts());
                LOG.info("E-mail {} not sent (attempt {}): {}", message.id(), attempts, e.getMessage());
                serverDown = true;
            }
        }
        return batch.size();
    }

    private MimeMessage mime(JavaMailSender sender, MailQueries.Claimed message) throws MessagingException {
        Session session =
                sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        String messageId = "<imc-outbox-" + message.id() + "@" + domainOf(settings.from()) + ">";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(message.address());
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        if (message.calendar() != null) {
            helper.addAttachment(
                    "invite.ics",
                    new ByteArrayResource(message.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        mime.setHeader(IDEMPOTENCY_HEADER, "imc-outbox-" + message.id());
        return mime;
    }

    private static String domainOf(String from) {
        int at = from.lastIndexOf('@');
        if (at < 0) {
            return "imc.localhost";
        }
        String rest = from.substring(at + 1);
        int end = rest.indexOf('>');
        return (end < 0 ? rest : rest.substring(0, end)).trim();
    }
}
