package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Invitations and password resets: single use, expiry (72 hours, 30 minutes), tokens kept only
 * as hashes, the same answer whether or not an account exists, throttling, sessions ended, audit.
 */
@RecordApplicationEvents
class AccountLinksTest extends IntegrationTest {

    private static final String PREFIX = "acl-";
    private static final String PASSWORD = "a-brand-new-passphrase";

    @Autowired
    UserService users;

    @Autowired
    AccountLinkService links;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void removeCreatedUsers() {
        jdbc.update("delete from sign_in_throttle where username like ?", "reset:" + PREFIX + "%");
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    void anInvitationLinkSetsThePasswordOnceAndEnablesTheAccount() throws Exception {
        AppUser invited = callAs("admin", () -> users.invite(form(uniqueName())));
        String token = tokenFor(invited, AccountLinkPurpose.INVITATION);

        assertThat(invited.isEnabled()).isFalse();
        assertThat(links.invitedUsername(token)).contains(invited.getUsername());
        assertThat(links.resetUsername(token))
                .as("an invitation is no reset link")
                .isEmpty();
        // only the hash is stored
        assertThat(jdbc.queryForObject(
                        "select token_hash from account_token where user_id = ?", String.class, invited.getId()))
                .isEqualTo(AccountTokens.hash(token))
                .isNotEqualTo(token)
                .hasSize(64);
        assertThat(jdbc.queryForObject(
                        "select timestampdiff(HOUR, created_at, expires_at) from account_token where user_id = ?",
                        Integer.class,
                        invited.getId()))
                .isEqualTo(72);
        // and the e-mail carrying the link is in the outbox, written with the invitation
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient_user_id = ? and category = 'ACCOUNT'",
                        Integer.class,
                        invited.getId()))
                .isEqualTo(1);

        assertThat(links.acceptInvitation(token, PASSWORD, PASSWORD)).isEqualTo(invited.getUsername());

        assertThat(enabled(invited)).isTrue();
        assertThat(encoder.matches(PASSWORD, passwordHash(invited))).isTrue();
        assertThat(links.invitedUsername(token)).isEmpty();
        assertInvalid(() -> links.acceptInvitation(token, "another-long-passphrase", "another-long-passphrase"));
        assertThat(encoder.matches(PASSWORD, passwordHash(invited))).isTrue();
        assertThat(audited("INVITATION_ACCEPTED", invited)).isEqualTo(1);
    }

    @Test
    void anInvitationExpiresAfter72Hours() throws Exception {
        AppUser invited = callAs("admin", () -> users.invite(form(uniqueName())));
        String token = tokenFor(invited, AccountLinkPurpose.INVITATION);
        jdbc.update(
                "update account_token set expires_at = now(6) - interval 1 second where user_id = ?", invited.getId());

        assertThat(links.invitedUsername(token)).isEmpty();
        assertInvalid(() -> links.acceptInvitation(token, PASSWORD, PASSWORD));
        assertThat(enabled(invited)).isFalse();
    }

    @Test
    void aNewInvitationEndsTheOldLink() throws Exception {
        AppUser invited = callAs("admin", () -> users.invite(form(uniqueName())));
        String first = tokenFor(invited, AccountLinkPurpose.INVITATION);
        runAs("admin", () -> users.reinvite(invited.getId()));
        String second = tokenFor(invited, AccountLinkPurpose.INVITATION);

        assertThat(second).isNotEqualTo(first);
        assertThat(links.invitedUsername(first)).isEmpty();
        assertThat(links.invitedUsername(second)).contains(invited.getUsername());
    }

    @Test
    void aResetLinkWorksOnceFor30MinutesAndEndsTheUsersSessions() throws Exception {
        AppUser user = enabledUser();
        long versionBefore = securityVersion(user);

        links.requestPasswordReset(user.getUsername());
        String token = tokenFor(user, AccountLinkPurpose.PASSWORD_RESET);
        assertThat(jdbc.queryForObject(
                        "select timestampdiff(MINUTE, created_at, expires_at) from account_token where user_id = ? and purpose = 'PASSWORD_RESET'",
                        Integer.class,
                        user.getId()))
                .isEqualTo(30);
        assertThat(links.resetUsername(token)).contains(user.getUsername());

        links.resetPassword(token, PASSWORD, PASSWORD);

        assertThat(encoder.matches(PASSWORD, passwordHash(user))).isTrue();
        assertThat(securityVersion(user)).as("every session ends").isGreaterThan(versionBefore);
        assertInvalid(() -> links.resetPassword(token, "yet-another-passphrase", "yet-another-passphrase"));
        assertThat(audited("PASSWORD_RESET_BY_LINK", user)).isEqualTo(1);
    }

    @Test
    void anExpiredOrBrokenResetLinkDoesNothing() throws Exception {
        AppUser user = enabledUser();
        links.requestPasswordReset(user.getEmail());
        String token = tokenFor(user, AccountLinkPurpose.PASSWORD_RESET);
        jdbc.update("update account_token set expires_at = now(6) - interval 1 second where user_id = ?", user.getId());

        assertInvalid(() -> links.resetPassword(token, PASSWORD, PASSWORD));
        assertInvalid(() -> links.resetPassword(token.substring(1), PASSWORD, PASSWORD));
        assertInvalid(() -> links.resetPassword(null, PASSWORD, PASSWORD));
        assertThat(encoder.matches(PASSWORD, passwordHash(user))).isFalse();
    }

    @Test
    void askingForAResetAnswersAlikeAndTellsNothingAboutUnknownAccounts() throws Exception {
        long tokensBefore = jdbc.queryForObject("select count(*) from account_token", Long.class);
        long mailsBefore = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);

        links.requestPasswordReset(
                PREFIX + "nobody-" + ThreadLocalRandom.current().nextInt());
        links.requestPasswordReset(PREFIX + "nobody@nowhere.example");

        assertThat(jdbc.queryForObject("select count(*) from account_token", Long.class))
                .isEqualTo(tokensBefore);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class))
                .isEqualTo(mailsBefore);
        assertThat(events.stream(AccountLinkIssued.class)).isEmpty();
    }

    @Test
    void resetsAreThrottledPerAccountAndPerName() throws Exception {
        AppUser user = enabledUser();
        for (int i = 0; i < 5; i++) {
            links.requestPasswordReset(user.getUsername());
        }
        assertThat(events.stream(AccountLinkIssued.class)
                        .filter(e ->
                                e.userId().equals(user.getId()) && e.purpose() == AccountLinkPurpose.PASSWORD_RESET)
                        .count())
                .as("at most 3 links per account in 30 minutes")
                .isEqualTo(AccountLinkService.RESETS_PER_WINDOW);

        long throttledBefore = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'PASSWORD_RESET_THROTTLED'", Long.class);
        links.requestPasswordReset(user.getUsername()); // the sixth in a row for the name
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PASSWORD_RESET_THROTTLED'", Long.class))
                .isEqualTo(throttledBefore + 1);
    }

    private AppUser enabledUser() throws Exception {
        return callAs("admin", () -> UserFixtures.create(users, jdbc, form(uniqueName()), "the-old-passphrase-1"));
    }

    private String tokenFor(AppUser user, AccountLinkPurpose purpose) {
        List<AccountLinkIssued> issued = events.stream(AccountLinkIssued.class)
                .filter(e -> e.userId().equals(user.getId()) && e.purpose() == purpose)
                .toList();
        assertThat(issued).isNotEmpty();
        return issued.getLast().token();
    }

    private static void assertInvalid(org.junit.jupiter.api.function.Executable action) {
        BusinessException error = assertThrows(BusinessException.class, action);
        assertThat(error.getMessageKey()).isEqualTo("account.link.invalid");
        assertThat(hasTranslation(error.getMessageKey())).isTrue();
    }

    private boolean enabled(AppUser user) {
        return jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, user.getId());
    }

    private String passwordHash(AppUser user) {
        return jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, user.getId());
    }

    private long securityVersion(AppUser user) {
        return jdbc.queryForObject("select security_version from app_user where id = ?", Long.class, user.getId());
    }

    private int audited(String action, AppUser user) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and entity_id = ?",
                Integer.class,
                action,
                user.getId().toString());
    }

    private static String uniqueName() {
        return PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    private static UserForm form(String username) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Link " + username);
        form.setEmail(username + "@links.test.example");
        form.setRoles(Set.of(Role.MEMBER));
        return form;
    }
}
