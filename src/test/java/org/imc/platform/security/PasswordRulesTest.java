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
 * Every password set from now on (through an invitation or reset link, or by the user) has at least 12 characters, is
 * not a common one, and fits bcrypt's 72 bytes in UTF-8; each refusal names its reason.
 */
@org.springframework.test.context.event.RecordApplicationEvents
class PasswordRulesTest extends IntegrationTest {

    private static final String PREFIX = "prt-";

    @Autowired
    UserService users;

    @Autowired
    OwnAccountService account;

    @Autowired
    AccountLinkService links;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

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
        assertThat(accept("lantern-orchid-basalt")).isTrue();
        // 24 characters of 3 bytes each: exactly 72 bytes
        assertThat(accept("€".repeat(24))).isTrue();
    }

    @Test
    void aPasswordSetBySomebodyElseMustBeChangedAndTheDemoUsersNeedNot() throws Exception {
        String username = PREFIX + Long.toString(System.nanoTime(), 36);
        callAs("admin", () -> UserFixtures.create(users, jdbc, form(username), "lantern-orchid-basalt", true));

        assertThat(mustChange(username)).isTrue();
        assertThat(principal(username).mustChangePassword()).isTrue();
        assertThat(mustChange("officer2")).isFalse();
        assertThat(principal("officer2").mustChangePassword()).isFalse();
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOneAndWithinTheRules() throws Exception {
        String username = PREFIX + Long.toString(System.nanoTime(), 36);
        callAs("admin", () -> UserFixtures.create(users, jdbc, form(username), "lantern-orchid-basalt", true));
        long versionBefore = securityVersion(username);

        assertChangeRefused(username, "not-the-password", "river-stone-meadow", "account.password.wrong-current");
        assertChangeRefused(username, "lantern-orchid-basalt", "password1234", "validation.password.common");
        assertChangeRefused(username, "lantern-orchid-basalt", "short", "validation.password.size");
        assertChangeRefused(username, "lantern-orchid-basalt", "€".repeat(25), "validation.password.bytes");
        assertThat(securityVersion(username)).isEqualTo(versionBefore);
        assertThat(mustChange(username)).isTrue();

        SignedInUser after = callAs(username, () -> {
            account.changeOwnPassword(change("lantern-orchid-basalt", "river-stone-meadow"));
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
                        BusinessException.class, () -> account.changeOwnPassword(change(current, newPassword))));
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

    /** An invited user chooses {@code password}: refused with the key, and the account stays disabled. */
    private void assertRefused(String password, String key) {
        String username = PREFIX + Long.toString(System.nanoTime(), 36);
        String token = invite(username);
        BusinessException error =
                assertThrows(BusinessException.class, () -> links.acceptInvitation(token, password, password));
        assertThat(error.getMessageKey()).isEqualTo(key);
        assertThat(hasTranslation(key)).as("translation of %s", key).isTrue();
        assertThat(jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, username))
                .isFalse();
    }

    private boolean accept(String password) {
        String username = PREFIX + Long.toString(System.nanoTime(), 36);
        links.acceptInvitation(invite(username), password, password);
        return jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, username);
    }

    /** Invites (the caller is an admin) and returns the token of the e-mailed link. */
    private String invite(String username) {
        AppUser invited = users.invite(form(username));
        return events.stream(AccountLinkIssued.class)
                .filter(e -> e.userId().equals(invited.getId()))
                .findFirst()
                .orElseThrow()
                .token();
    }

    private static UserForm form(String username) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Password " + username);
        form.setEmail(username + "@test.example");
        form.setRoles(Set.of(Role.MEMBER));
        return form;
    }
}
