package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every password set from now on (by an admin or by the user) has at least 12 characters, is
 * not a common one, and fits bcrypt's 72 bytes in UTF-8; each refusal names its reason.
 */
class PasswordRulesTest extends IntegrationTest {

    private static final String PREFIX = "prt-";

    @Autowired
    UserService users;

    @AfterEach
    void removeCreatedUsers() {
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    @WithUserDetails("admin")
    void aPasswordShorterThanTwelveCharactersIsRefused() {
        assertRefused("elevenchars", "validation.password.size");
        assertRefused("Tr0ub4dor&3", "validation.password.size");
    }

    @Test
    @WithUserDetails("admin")
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertRefused("password1234", "validation.password.common");
        assertRefused("Qwertyuiop123", "validation.password.common");
        assertRefused("iloveyou2024", "validation.password.common");
    }

    @Test
    @WithUserDetails("admin")
    void aPasswordOfMoreThan72BytesIsRefusedThoughItHasFewerCharacters() {
        String euros = "€".repeat(25); // 25 characters, 75 bytes in UTF-8
        assertRefused(euros, "validation.password.bytes");
    }

    @Test
    @WithUserDetails("admin")
    void aLongUncommonPasswordIsAccepted() {
        String username = PREFIX + Long.toString(System.nanoTime(), 36);
        AppUser created = users.create(form(username, "lantern-orchid-basalt"));
        assertThat(created.getId()).isNotNull();
        // 24 characters of 3 bytes each: exactly 72 bytes
        String username2 = PREFIX + Long.toString(System.nanoTime(), 36);
        assertThat(users.create(form(username2, "€".repeat(24))).getId()).isNotNull();
    }

    @Test
    void aPasswordSetByAnAdminMustBeChangedAndTheDemoUsersNeedNot() throws Exception {
        String username = PREFIX + Long.toString(System.nanoTime(), 36);
        callAs("admin", () -> users.create(form(username, "lantern-orchid-basalt")));

        assertThat(mustChange(username)).isTrue();
        assertThat(principal(username).mustChangePassword()).isTrue();
        assertThat(mustChange("officer2")).isFalse();
        assertThat(principal("officer2").mustChangePassword()).isFalse();
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOneAndWithinTheRules() throws Exception {
        String username = PREFIX + Long.toString(System.nanoTime(), 36);
        callAs("admin", () -> users.create(form(username, "lantern-orchid-basalt")));
        long versionBefore = securityVersion(username);

        assertChangeRefused(username, "not-the-password", "river-stone-meadow", "account.password.wrong-current");
        assertChangeRefused(username, "lantern-orchid-basalt", "password1234", "validation.password.common");
        assertChangeRefused(username, "lantern-orchid-basalt", "short", "validation.password.size");
        assertChangeRefused(username, "lantern-orchid-basalt", "€".repeat(25), "validation.password.bytes");
        assertThat(securityVersion(username)).isEqualTo(versionBefore);
        assertThat(mustChange(username)).isTrue();

        SignedInUser after = callAs(username, () -> {
            users.changeOwnPassword(change("lantern-orchid-basalt", "river-stone-meadow"));
            return (SignedInUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication()
                    .getPrincipal();
        });

        assertThat(mustChange(username)).isFalse();
        assertThat(securityVersion(username)).isGreaterThan(versionBefore);
        assertThat(after.securityVersion())
                .as("the session that changed it goes on under the new version")
                .isEqualTo(securityVersion(username));
        assertThat(after.mustChangePassword()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PASSWORD_CHANGE' and actor = ?",
                        Integer.class,
                        username))
                .isEqualTo(1);
    }

    private void assertChangeRefused(String username, String current, String newPassword, String key) throws Exception {
        BusinessException error = callAs(
                username,
                () -> assertThrows(
                        BusinessException.class, () -> users.changeOwnPassword(change(current, newPassword))));
        assertThat(error.getMessageKey()).isEqualTo(key);
        assertThat(hasTranslation(key)).as("translation of %s", key).isTrue();
    }

    private static PasswordChangeData change(String current, String newPassword) {
        PasswordChangeData data = new PasswordChangeData();
        data.setCurrentPassword(current);
        data.setNewPassword(newPassword);
        data.setRepeatedPassword(newPassword);
        return data;
    }

    private boolean mustChange(String username) {
        return jdbc.queryForObject(
                "select must_change_password from app_user where username = ?", Boolean.class, username);
    }

    private long securityVersion(String username) {
        return jdbc.queryForObject("select security_version from app_user where username = ?", Long.class, username);
    }

    private void assertRefused(String password, String key) {
        String username = PREFIX + Long.toString(System.nanoTime(), 36);
        BusinessException error = assertThrows(BusinessException.class, () -> users.create(form(username, password)));
        assertThat(error.getMessageKey()).isEqualTo(key);
        assertThat(hasTranslation(key)).as("translation of %s", key).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username))
                .isZero();
    }

    private static UserForm form(String username, String password) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Password " + username);
        form.setEmail(username + "@test.example");
        form.setPassword(password);
        form.setRoles(Set.of(Role.MEMBER));
        return form;
    }
}
