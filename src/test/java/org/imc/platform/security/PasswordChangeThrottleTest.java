package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guessing the current password on the change-password page is throttled like signing in, under
 * a key of its own: after 5 wrong ones in a row even the right one is refused for 15 minutes,
 * each wrong one is audited, and the sign-in itself is not locked by it.
 */
class PasswordChangeThrottleTest extends IntegrationTest {

    private static final String PREFIX = "pwthrottle-";
    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    UserService users;

    @Autowired
    OwnAccountService account;

    String username;

    @BeforeEach
    void createMember() throws Exception {
        username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        UserForm form = UserServiceTest.form(username, Role.MEMBER);
        // set by an admin: to be changed at the first sign-in
        runAs("admin", () -> UserFixtures.create(users, jdbc, form, PASSWORD, true));
    }

    @AfterEach
    void remove() {
        jdbc.update("delete from sign_in_throttle where username like ?", PREFIX + "%");
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    void fiveWrongCurrentPasswordsLockThePasswordChange() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertRefused("wrong-guess-number-" + i, "account.password.wrong-current");
        }

        assertRefused(PASSWORD, "account.password.locked");
        assertThat(hasTranslation("account.password.locked")).isTrue();
        assertThat(jdbc.queryForObject(
                        "select must_change_password from app_user where username = ?", Boolean.class, username))
                .as("the password was not changed")
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PASSWORD_CHANGE_FAILED' and actor = ?",
                        Long.class,
                        username))
                .isEqualTo(5);
        assertThat(callAs("admin", () -> users.isLocked(username))).isTrue();
        // signing in is counted apart
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_throttle where username = ? and locked_until is not null",
                        Long.class,
                        username))
                .isZero();

        runAs("admin", () -> users.unlock(userId(username)));
        runAs(username, () -> account.changeOwnPassword(change(PASSWORD, "lantern-orchid-basalt")));
    }

    @Test
    void aRightCurrentPasswordForgivesTheWrongOnesBefore() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertRefused("wrong-guess-number-" + i, "account.password.wrong-current");
        }
        runAs(username, () -> account.changeOwnPassword(change(PASSWORD, "lantern-orchid-basalt")));
        assertRefused("wrong-guess-again", "account.password.wrong-current");
        runAs(username, () -> account.changeOwnPassword(change("lantern-orchid-basalt", "river-stone-meadow")));
    }

    private void assertRefused(String current, String key) throws Exception {
        assertThatThrownBy(
                        () -> runAs(username, () -> account.changeOwnPassword(change(current, "river-stone-meadow"))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining(key);
    }

    private static PasswordChangeData change(String current, String newPassword) {
        PasswordChangeData data = new PasswordChangeData();
        data.setCurrentPassword(current);
        data.setNewPassword(newPassword);
        data.setRepeatedPassword(newPassword);
        return data;
    }
}
