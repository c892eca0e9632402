package org.imc.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.imc.platform.IntegrationTest;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.security.AppUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.UserFixtures;
import org.imc.platform.security.UserForm;
import org.imc.platform.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against MariaDB and a real SMTP server (GreenMail behind a proxy that can be cut):
 * a rolled-back change sends nothing, an unreachable server delays but loses nothing, two
 * claimers never hold the same row, a dead sender's rows are sent once its lease runs out.
 */
class OutboxTest extends IntegrationTest {

    private static final String PREFIX = "obx-";

    @Autowired
    NotificationService notifications;

    @Autowired
    UserService users;

    @Autowired
    OutboxSender sender;

    @Autowired
    MailQueries queries;

    @Autowired
    DigestJob digests;

    @Autowired
    MailPreferenceService preferences;

    @Autowired
    PlatformTransactionManager transactionManager;

    private AppUser learner;

    @BeforeEach
    void createRecipient() throws Exception {
        TestSmtp.proxy().restore();
        String username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Outbox " + username);
        form.setEmail(username + "@mail.test.example");
        form.setRoles(Set.of(Role.MEMBER));
        learner = callAs("admin", () -> UserFixtures.create(users, jdbc, form, "outbox-test-passphrase"));
    }

    @AfterEach
    void removeRecipients() throws Exception {
        TestSmtp.proxy().restore();
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    void aNotificationBecomesAnEMailWithAnAbsoluteLinkAndAnIdempotencyKey() throws Exception {
        runAs("admin", () -> notify(learner, "Mapping 101"));

        Long id = jdbc.queryForObject(
                "select id from mail_outbox where recipient_user_id = ? and category <> 'ACCOUNT'",
                Long.class,
                learner.getId());
        await(() -> received().size() == 1);
        MimeMessage received = received().get(0);
        assertThat(received.getSubject()).isEqualTo("Your enrolment in Mapping 101 (Spring) was approved.");
        assertThat(received.getHeader(OutboxSender.IDEMPOTENCY_HEADER)[0]).isEqualTo("imc-outbox-" + id);
        assertThat(received.getMessageID()).startsWith("<imc-outbox-" + id + "@");
        assertThat(TestSmtp.link(received, "learning/my")).startsWith("http://localhost:");
        assertThat(TestSmtp.plainText(received)).startsWith("Hello Outbox " + learner.getUsername() + ",");
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void anEMailIsWrittenInTheLanguageChosenOnTheRecipientsAccount() throws Exception {
        jdbc.update("update app_user set language = 'fr' where id = ?", learner.getId());
        runAs("admin", () -> notify(learner, "Cartographie 101"));

        await(() -> received().size() == 1);
        MimeMessage received = received().get(0);
        assertThat(received.getSubject())
                .isEqualTo(new java.text.MessageFormat(
                                java.util.ResourceBundle.getBundle("vaadin-i18n/translations", java.util.Locale.FRENCH)
                                        .getString("learning.notify.approved"),
                                java.util.Locale.FRENCH)
                        .format(new Object[] {"Cartographie 101", "Spring"}))
                .doesNotStartWith("Your enrolment");
        assertThat(TestSmtp.plainText(received)).doesNotStartWith("Hello");
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        runAs(
                "admin",
                () -> transaction.executeWithoutResult(status -> {
                    notify(learner, "Rolled back");
                    status.setRollbackOnly();
                }));

        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient_user_id = ? and category <> 'ACCOUNT'",
                        Integer.class,
                        learner.getId()))
                .isZero();
        sender.sendDue();
        assertThat(received()).isEmpty();
    }

    @Test
    void twoHundredNotificationsWhileSmtpIsDownAreAllDeliveredOnceWhenItIsBack() throws Exception {
        TestSmtp.proxy().cut();
        runAs("admin", () -> {
            for (int i = 0; i < 200; i++) {
                notify(learner, "Course " + i);
            }
        });
        // the sender tries while the server is away: nothing goes, nothing is lost
        sender.sendDue();
        sender.sendDue();
        assertThat(received()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient_user_id = ? and category <> 'ACCOUNT' and status <> 'SENT'",
                        Integer.class,
                        learner.getId()))
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select max(attempts) from mail_outbox where recipient_user_id = ? and category <> 'ACCOUNT'",
                        Integer.class,
                        learner.getId()))
                .as("a claimed row counted a failed attempt")
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient_user_id = ? and category <> 'ACCOUNT'"
                                + " and attempts > 0 and (status <> 'PENDING' or next_attempt_at <= now(6))",
                        Integer.class,
                        learner.getId()))
                .as("and every row tried waits before its next attempt")
                .isZero();

        TestSmtp.proxy().restore();
        // the back-off has passed
        jdbc.update(
                "update mail_outbox set next_attempt_at = now(6) where recipient_user_id = ? and category <> 'ACCOUNT' and status = 'PENDING'",
                learner.getId());
        await(() -> {
            sender.sendDue();
            return received().size() >= 200
                    && jdbc.queryForObject(
                                    "select count(*) from mail_outbox where recipient_user_id = ? and category <> 'ACCOUNT' and status <> 'SENT'",
                                    Integer.class,
                                    learner.getId())
                            == 0;
        });
        List<MimeMessage> received = received();
        Set<String> keys = new HashSet<>();
        for (MimeMessage m : received) {
            keys.add(m.getHeader(OutboxSender.IDEMPOTENCY_HEADER)[0]);
        }
        assertThat(received).hasSize(200);
        assertThat(keys).as("none twice").hasSize(200);
    }

    @Test
    void twoClaimersAtTheSameMomentNeverHoldTheSameRow() throws Exception {
        // due only "in a year", so the application's own sender leaves them alone
        Instant later = Instant.now().plus(Duration.ofDays(365));
        List<Long> ours = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ours.add(insertPending(later.minus(Duration.ofDays(1))));
        }
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        // two threads of their own: the common pool may have only one on a small machine
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(
                () -> transaction.execute(status -> {
                    List<Long> ids = queries.lockDue(later, 25);
                    queries.claim(ids, UUID.randomUUID().toString(), later);
                    firstHolds.countDown();
                    awaitLatch(secondDone);
                    status.setRollbackOnly(); // leave other tests' rows as they were
                    return ids;
                }),
                pool);
        CompletableFuture<List<Long>> second = CompletableFuture.supplyAsync(
                () -> transaction.execute(status -> {
                    awaitLatch(firstHolds);
                    List<Long> ids = queries.lockDue(later, 1000);
                    queries.claim(ids, UUID.randomUUID().toString(), later);
                    secondDone.countDown();
                    status.setRollbackOnly();
                    return ids;
                }),
                pool);

        List<Long> a = first.get(60, TimeUnit.SECONDS);
        List<Long> b = second.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(a).doesNotContainAnyElementsOf(b);
        Set<Long> both = new HashSet<>(a);
        both.addAll(b);
        assertThat(both).containsAll(ours);
    }

    @Test
    void twoSendersInParallelSendEachMessageExactlyOnce() throws Exception {
        runAs("admin", () -> {
            for (int i = 0; i < 60; i++) {
                notify(learner, "Parallel " + i);
            }
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<?>[] senders = new CompletableFuture<?>[2];
        for (int t = 0; t < senders.length; t++) {
            senders[t] = CompletableFuture.runAsync(
                    () -> {
                        while (sender.sendDue() > 0) {
                            // until nothing is due
                        }
                    },
                    pool);
        }
        CompletableFuture.allOf(senders).get(120, TimeUnit.SECONDS);
        pool.shutdown();
        await(() -> received().size() >= 60);
        Thread.sleep(1500); // a second copy would arrive within the sender's next round
        List<MimeMessage> received = received();
        Set<String> keys = new HashSet<>();
        for (MimeMessage m : received) {
            keys.add(m.getHeader(OutboxSender.IDEMPOTENCY_HEADER)[0]);
        }
        assertThat(received).hasSize(60);
        assertThat(keys).hasSize(60);
    }

    @Test
    void aSenderThatDiesMidSendLosesNothing() throws Exception {
        runAs("admin", () -> notify(learner, "Crash course"));
        Long id = jdbc.queryForObject(
                "select id from mail_outbox where recipient_user_id = ? and category <> 'ACCOUNT'",
                Long.class,
                learner.getId());
        // a node claims the row and dies before marking it: its lease has run out
        String deadToken = UUID.randomUUID().toString();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.queryForList("select id from mail_outbox where id = ? for update", Long.class, id);
            queries.claim(List.of(id), deadToken, Instant.now().minusSeconds(1));
        });

        await(() -> {
            sender.sendDue();
            return "SENT".equals(status(id));
        });
        assertThat(received()).hasSize(1);
        assertThat(queries.sent(id, deadToken, Instant.now()))
                .as("the dead node's late answer changes nothing")
                .isFalse();
    }

    @Test
    void theRecipientsChoiceDecidesAtOnceDigestOrNever() throws Exception {
        runAs(learner.getUsername(), () -> preferences.saveMine(Map.of(MailCategory.LEARNING, Delivery.NEVER)));
        runAs("admin", () -> notify(learner, "Never"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient_user_id = ? and category <> 'ACCOUNT'",
                        Integer.class,
                        learner.getId()))
                .isZero();

        runAs(learner.getUsername(), () -> preferences.saveMine(Map.of(MailCategory.LEARNING, Delivery.DAILY_DIGEST)));
        runAs("admin", () -> {
            notify(learner, "Digest one");
            notify(learner, "Digest two");
        });
        assertThat(jdbc.queryForList(
                        "select status from mail_outbox where recipient_user_id = ? and category <> 'ACCOUNT'",
                        String.class,
                        learner.getId()))
                .containsOnly("IN_DIGEST")
                .hasSize(2);

        assertThat(digests.run()).isGreaterThanOrEqualTo(1);
        assertThat(digests.run()).as("running again writes nothing").isZero();
        await(() -> received().size() == 1);
        MimeMessage digest = received().get(0);
        assertThat(digest.getSubject()).isEqualTo("IMC Platform: 2 updates since yesterday");
        assertThat(TestSmtp.plainText(digest)).contains("Digest one").contains("Digest two");
    }

    @Test
    void defaultsFollowTheRoles() {
        assertThat(MailCategory.TWINNING.defaultFor(Set.of(Role.MAYOR))).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(MailCategory.FUND.defaultFor(Set.of(Role.MEMBER))).isEqualTo(Delivery.DAILY_DIGEST);
        assertThat(MailCategory.LEARNING.defaultFor(Set.of(Role.MEMBER))).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(MailCategory.ofMessageKey("twinning.notification.VET")).isEqualTo(MailCategory.TWINNING);
        assertThat(MailCategory.ofMessageKey("fund.notify.approved")).isEqualTo(MailCategory.FUND);
        assertThat(MailCategory.ofMessageKey("notification.profile-changed")).isEqualTo(MailCategory.NETWORK);
    }

    /** What the learner received, but for the invitation that created their account. */
    private List<MimeMessage> received() {
        return TestSmtp.receivedFor(learner.getEmail()).stream()
                .filter(m -> {
                    try {
                        return !m.getSubject().startsWith("Your invitation");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private void notify(AppUser user, String course) {
        notifications.notify(user.getId(), "learning.notify.approved", "learning/my", course, "Spring");
    }

    private Long insertPending(Instant due) {
        org.springframework.jdbc.support.GeneratedKeyHolder key =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                            insert into mail_outbox (recipient_user_id, recipient_address, category, language, subject,
                                body_text, body_html, status, next_attempt_at, created_at)
                            values (?, ?, 'LEARNING', 'en', 'claim test', 'x', 'x', 'PENDING', ?, now(6))""", java.sql.Statement.RETURN_GENERATED_KEYS);
                    statement.setLong(1, learner.getId());
                    statement.setString(2, learner.getEmail());
                    statement.setTimestamp(3, java.sql.Timestamp.from(due));
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    private String status(Long id) {
        return jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, id);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other claimer did not come");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 90 s");
            }
            Thread.sleep(200);
        }
    }
}
