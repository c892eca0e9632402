package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.DemoTotp;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * An administrator resets a user's lost authenticator app (audited, sessions end, a fund officer
 * must enrol again at the next sign-in) and lifts lock-outs of the second factor and of the
 * password change as well as of the password; nobody else may.
 */
class AdminResetsTest extends IntegrationTest {

    private static final String PREFIX = "reset-";
    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    UserService users;

    @Autowired
    SecondFactorSecrets secrets;

    @Autowired
    AuthenticationManager authenticationManager;

    String username;
    Long id;

    @BeforeEach
    void createEnrolledOfficer() throws Exception {
        username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        UserForm form = UserServiceTest.form(username, Role.FUND_OFFICER);
        id = callAs("admin", () -> UserFixtures.create(users, jdbc, form, PASSWORD))
                .getId();
        jdbc.update("insert into second_factor (user_id, secret) values (?, ?)", id, secrets.seal(id, DemoTotp.SECRET));
        jdbc.update("insert into recovery_code (user_id, code_hash) values (?, ?)", id, "a".repeat(64));
    }

    @AfterEach
    void remove() {
        jdbc.update("delete from sign_in_throttle where username like ?", PREFIX + "%");
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    void anAdminResetsTheSecondFactorAndTheOfficerMustEnrolAgain() throws Exception {
        assertThat(pendingAfterPassword().enrolled()).isTrue();
        assertThat(callAs("admin", () -> users.hasSecondFactor(id))).isTrue();
        long versionBefore = securityVersion();

        runAs("admin", () -> users.resetSecondFactor(id));

        assertThat(count("select count(*) from second_factor where user_id = ?"))
                .isZero();
        assertThat(count("select count(*) from recovery_code where user_id = ?"))
                .isZero();
        assertThat(securityVersion()).isGreaterThan(versionBefore);
        assertThat(count("select count(*) from audit_event where action = 'SECOND_FACTOR_RESET'"
                        + " and actor = 'admin' and entity_type = 'User' and entity_id = ?"))
                .isEqualTo(1);
        // the password alone is not enough: the officer is sent to enrol a new app
        assertThat(pendingAfterPassword()).isEqualTo(new PendingSecondFactor(id, username, false));
    }

    @Test
    void onlyAnAdminResetsAndNotTheirOwn() throws Exception {
        assertThatThrownBy(() -> runAs("officer", () -> users.resetSecondFactor(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(username, () -> users.resetSecondFactor(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs("admin", () -> users.resetSecondFactor(userId("admin"))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("user.error.self-second-factor");
        assertThat(hasTranslation("user.error.self-second-factor")).isTrue();
        assertThat(count("select count(*) from second_factor where user_id = ?"))
                .isEqualTo(1);
    }

    @Test
    void unlockLiftsTheLocksOfTheSecondFactorAndOfThePasswordChange() throws Exception {
        Timestamp in15Minutes = Timestamp.from(Instant.now().plus(15, ChronoUnit.MINUTES));
        for (String key : new String[] {username + "#second-factor", username + "#password-change"}) {
            jdbc.update(
                    "insert into sign_in_throttle (username, client, version, failed_count, locked_until)"
                            + " values (?, '-', 0, 5, ?)",
                    key,
                    in15Minutes);
            assertThat(callAs("admin", () -> users.isLocked(username))).isTrue();
            assertThat(callAs("admin", () -> users.rows(username, org.springframework.data.domain.Pageable.ofSize(5)))
                            .getFirst()
                            .locked())
                    .isTrue();

            runAs("admin", () -> users.unlock(id));

            assertThat(callAs("admin", () -> users.isLocked(username))).isFalse();
        }
        assertThatThrownBy(() -> runAs("officer", () -> users.unlock(id))).isInstanceOf(AccessDeniedException.class);
    }

    private PendingSecondFactor pendingAfterPassword() {
        Authentication afterPassword = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        return (PendingSecondFactor) afterPassword.getPrincipal();
    }

    private long securityVersion() {
        return count("select security_version from app_user where id = ?");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, id);
    }
}
