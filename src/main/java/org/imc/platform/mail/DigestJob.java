package org.imc.platform.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.imc.platform.security.MailRecipient;
import org.imc.platform.security.UserService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, every user with messages waiting for their digest gets one e-mail listing them.
 * Per user in one transaction: the waiting rows are locked, the digest row written, the rows
 * marked DIGESTED; a second run (or node) finds nothing left, so running twice sends nothing twice.
 */
@Component
public class DigestJob {

    private final MailQueries queries;
    private final OutboxRepository outbox;
    private final MailTexts texts;
    private final MailSettings settings;
    private final UserService users;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DigestJob(
            MailQueries queries,
            OutboxRepository outbox,
            MailTexts texts,
            MailSettings settings,
            UserService users,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.queries = queries;
        this.outbox = outbox;
        this.texts = texts;
        this.settings = settings;
        this.users = users;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${imc.mail.digest-cron:0 0 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "mail-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        run();
    }

    /** Writes the digests due now; returns how many. */
    public int run() {
        int written = 0;
        for (Long userId : queries.digestRecipients()) {
            Boolean done = transaction.execute(status -> digest(userId));
            if (Boolean.TRUE.equals(done)) {
                written++;
            }
        }
        return written;
    }

    private boolean digest(Long userId) {
        List<Long> ids = queries.lockDigestRows(userId);
        if (ids.isEmpty()) {
            return false;
        }
        MailRecipient recipient = users.recipient(userId).orElse(null);
        if (recipient == null || !recipient.enabled()) {
            queries.markDigested(ids);
            return false;
        }
        List<MailTexts.Item> items = outbox.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(OutboxMessage::getId))
                .map(m -> new MailTexts.Item(m.getSubject(), linkOf(m.getBodyText())))
                .toList();
        Locale locale = recipient.locale();
        outbox.save(new OutboxMessage(
                userId,
                recipient.email(),
                MailCategory.NETWORK,
                locale.toLanguageTag(),
                texts.digest(locale, recipient.fullName(), items),
                settings.smtpConfigured() ? OutboxStatus.PENDING : OutboxStatus.KEPT,
                clock.instant()));
        queries.markDigested(ids);
        return true;
    }

    /** The first absolute link of a rendered body (the one the notification pointed to). */
    private static String linkOf(String body) {
        int start = body.indexOf("http");
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        String link = body.substring(start, end);
        return link.endsWith("/settings") ? null : link;
    }
}
