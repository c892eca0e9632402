package org.imc.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In-app notifications reach exactly their recipient, keep their arguments, and are counted
 * until read. Uses two fresh users so counts are exact whatever else is in the database.
 */
class NotificationServiceTest extends IntegrationTest {

    private static final String PREFIX = "nst-";

    @Autowired
    NotificationService notifications;

    String recipient;
    Long recipientId;
    String bystander;

    @BeforeEach
    void createUsers() {
        recipient = insertUser();
        recipientId = userId(recipient);
        bystander = insertUser();
    }

    @AfterEach
    void removeUsers() {
        // notifications go with their recipient (ON DELETE CASCADE)
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    void recipientSeesTheNotificationUntilMarkedRead() throws Exception {
        assertThat(callAs(recipient, () -> notifications.unreadCount())).isZero();

        runAs(
                "admin",
                () -> notifications.notify(
                        recipientId, "twinning.proposed", "twinning/17", "Accra, Ghana", "Kingston"));

        runAs(recipient, () -> {
            assertThat(notifications.unreadCount()).isEqualTo(1);
            List<Notification> latest = notifications.latest(10);
            assertThat(latest).singleElement().satisfies(n -> {
                assertThat(n.getRecipientId()).isEqualTo(recipientId);
                assertThat(n.getMessageKey()).isEqualTo("twinning.proposed");
                assertThat(n.getMessageArgs()).containsExactly("Accra, Ghana", "Kingston");
                assertThat(n.getLink()).isEqualTo("twinning/17");
                assertThat(n.isRead()).isFalse();
                assertThat(n.getCreatedAt()).isNotNull();
            });

            assertThat(notifications.markAllRead()).isEqualTo(1);
            assertThat(notifications.unreadCount()).isZero();
            assertThat(notifications.latest(10))
                    .singleElement()
                    .satisfies(n -> assertThat(n.isRead()).isTrue());
            assertThat(notifications.markAllRead()).isZero();
        });
    }

    @Test
    void anotherUserDoesNotSeeIt() throws Exception {
        runAs("admin", () -> notifications.notify(recipientId, "twinning.proposed", null, "Accra"));

        runAs(bystander, () -> {
            assertThat(notifications.unreadCount()).isZero();
            assertThat(notifications.latest(50)).isEmpty();
            assertThat(notifications.markAllRead()).isZero();
        });
        assertThat(callAs(recipient, () -> notifications.unreadCount())).isEqualTo(1);
        long memberUnread = callAs("member", () -> notifications.unreadCount());
        assertThat(callAs("member", () -> notifications.latest(50)))
                .noneSatisfy(n -> assertThat(n.getRecipientId()).isEqualTo(recipientId));
        assertThat(callAs("member", () -> notifications.unreadCount())).isEqualTo(memberUnread);
    }

    @Test
    void latestListsNewestFirstUpToTheLimit() throws Exception {
        runAs("admin", () -> {
            notifications.notify(recipientId, "first", null);
            notifications.notify(recipientId, "second", null);
            notifications.notify(recipientId, "third", null);
        });

        runAs(recipient, () -> {
            assertThat(notifications.unreadCount()).isEqualTo(3);
            assertThat(notifications.latest(2))
                    .extracting(Notification::getMessageKey)
                    .containsExactly("third", "second");
            assertThat(notifications.latest(2).getFirst().getMessageArgs()).isEmpty();
            assertThat(notifications.latest(0)).hasSize(1);
        });
    }

    @Test
    void nobodySignedInCannotReadOrSend() {
        SecurityContextHolder.clearContext();
        assertThrows(AuthenticationCredentialsNotFoundException.class, () -> notifications.unreadCount());
        assertThrows(
                AuthenticationCredentialsNotFoundException.class,
                () -> notifications.notify(recipientId, "twinning.proposed", null));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_id = ?", Integer.class, recipientId))
                .isZero();
    }

    /** A plain member straight in the database (the notification feature does not manage users). */
    private String insertUser() {
        String username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        jdbc.update(
                "insert into app_user (username, full_name, email, password_hash, enabled) values (?, ?, ?, ?, true)",
                username,
                "Notified " + username,
                username + "@test.example",
                "{noop}unused");
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'MEMBER' from app_user where username = ?",
                username);
        return username;
    }
}
