package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.BusinessException;
import org.imc.platform.notification.NotificationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two-step sign-in of a fund officer from the first password to the code: enrolment with a first
 * code and recovery codes, then valid, wrong, replayed and recovery codes, and the lock-out.
 */
class SecondFactorServiceTest extends IntegrationTest {

    @Autowired
    SecondFactorSecrets sealing;

    private static final String PREFIX = "mfa-";
    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    UserService users;

    @Autowired
    NotificationService notifications;

    String username;

    @BeforeEach
    void createOfficer() throws Exception {
        username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        UserForm form = UserServiceTest.form(username, Role.FUND_OFFICER);
        runAs("admin", () -> UserFixtures.create(users, jdbc, form, PASSWORD));
    }

    @AfterEach
    void removeOfficer() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from sign_in_throttle where username like ?", PREFIX + "%");
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    void anOfficerWithoutAnAppIsSentToEnrolmentAndSignedInByItsFirstCode() throws Exception {
        Authentication afterPassword = password();
        assertThat(afterPassword.getPrincipal()).isEqualTo(new PendingSecondFactor(userId(username), username, false));
        // pending and not enrolled: there is no code to enter yet
        assertThatThrownBy(() -> pending(afterPassword, () -> secondFactors.verify("123456")))
                .isInstanceOf(AccessDeniedException.class);

        SecondFactorService.Enrolment enrolment = enrol(afterPassword);

        assertThat(enrolment.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(enrolment.signedIn().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_FUND_OFFICER");
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_code where user_id = ? and code_hash in (?, ?)",
                        Integer.class,
                        userId(username),
                        enrolment.recoveryCodes().get(0),
                        enrolment.recoveryCodes().get(1)))
                .as("only hashes are stored")
                .isZero();
        assertThat(audited("SECOND_FACTOR_ENROLLED")).isEqualTo(1);
    }

    @Test
    void aValidCodeSignsInAndTheSameCodeIsRefusedTheSecondTime() throws Exception {
        String secret = secretAfter(enrol(password()));
        long now = Totp.step(Instant.now());
        String next = Totp.code(secret, now + 1);

        Authentication signedIn = pending(password(), () -> secondFactors.verify(next));

        assertThat(signedIn.getPrincipal()).isInstanceOf(SignedInUser.class);
        assertThat(signedIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_FUND_OFFICER");
        Authentication again = password();
        assertThatThrownBy(() -> pending(again, () -> secondFactors.verify(next)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("second-factor.code.wrong");
    }

    @Test
    void aWrongCodeIsRefusedCountedAndFiveLockTheSecondStep() throws Exception {
        String secret = secretAfter(enrol(password()));
        Authentication afterPassword = password();
        String wrong = wrongCode(secret);

        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> pending(afterPassword, () -> secondFactors.verify(wrong)))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("second-factor.code.wrong");
            assertThat(jdbc.queryForObject(
                            "select failed_count from sign_in_throttle where username = ? and client = ?",
                            Integer.class,
                            SecondFactorService.throttleKey(username),
                            SignInThrottleService.NO_ADDRESS))
                    .isEqualTo(i);
        }
        assertThatThrownBy(() -> pending(afterPassword, () -> secondFactors.verify(wrong)))
                .hasMessageContaining("second-factor.locked");
        // even the right code waits for the lock to end
        String right = Totp.code(secret, Totp.step(Instant.now()) + 1);
        assertThatThrownBy(() -> pending(afterPassword, () -> secondFactors.verify(right)))
                .hasMessageContaining("second-factor.locked");
        // a new password sign-in does not clear the count of wrong codes
        assertThatThrownBy(() -> pending(password(), () -> secondFactors.verify(right)))
                .hasMessageContaining("second-factor.locked");
    }

    @Test
    void aRecoveryCodeWorksOnceAndItsUseIsAudited() throws Exception {
        SecondFactorService.Enrolment enrolment = enrol(password());
        String recovery = enrolment.recoveryCodes().get(3);

        Authentication signedIn = pending(password(), () -> secondFactors.verify(recovery.toUpperCase()));

        assertThat(signedIn.getPrincipal()).isInstanceOf(SignedInUser.class);
        assertThat(audited("SECOND_FACTOR_RECOVERY_CODE_USED")).isEqualTo(1);
        Authentication again = password();
        assertThatThrownBy(() -> pending(again, () -> secondFactors.verify(recovery)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("second-factor.code.wrong");
        assertThat(pending(
                        again,
                        () -> secondFactors.verify(enrolment.recoveryCodes().get(4))))
                .isNotNull();
    }

    @Test
    void anEnrolledUserHalfWaySignedInCannotEnrolAnotherAppNorReachServices() throws Exception {
        enrol(password());
        Authentication afterPassword = password();
        SecondFactorService.NewSecret attacker = pending(afterPassword, () -> secondFactors.newSecret());
        String code = Totp.code(attacker.secret(), Totp.step(Instant.now()));

        assertThatThrownBy(() -> pending(afterPassword, () -> secondFactors.enrol(attacker.secret(), code)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pending(afterPassword, () -> notifications.unreadCount()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pending(afterPassword, () -> secondFactors.isEnrolled()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void enrolmentNeedsTheAppsCurrentCode() throws Exception {
        Authentication afterPassword = password();
        SecondFactorService.NewSecret secret = pending(afterPassword, () -> secondFactors.newSecret());
        assertThat(secret.qrCodeDataUrl()).startsWith("data:image/png;base64,");

        assertThatThrownBy(() ->
                        pending(afterPassword, () -> secondFactors.enrol(secret.secret(), wrongCode(secret.secret()))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("second-factor.code.wrong");
        assertThat(jdbc.queryForObject(
                        "select count(*) from second_factor where user_id = ?", Integer.class, userId(username)))
                .isZero();
    }

    // ---------------------------------------------------------------------------------------------

    private Authentication password() {
        return authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
    }

    /** Runs {@code action} the way a request of the half-signed-in session sees itself. */
    private <T> T pending(Authentication afterPassword, Callable<T> action) throws Exception {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(((SecondFactorPendingToken) afterPassword).asAnonymous());
        SecurityContextHolder.setContext(context);
        try {
            return action.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private SecondFactorService.Enrolment enrol(Authentication afterPassword) throws Exception {
        SecondFactorService.NewSecret secret = pending(afterPassword, () -> secondFactors.newSecret());
        String code = Totp.code(secret.secret(), Totp.step(Instant.now()));
        return pending(afterPassword, () -> secondFactors.enrol(secret.secret(), code));
    }

    private String secretAfter(SecondFactorService.Enrolment enrolment) {
        return sealing.open(
                userId(username),
                jdbc.queryForObject(
                        "select secret from second_factor where user_id = ?", String.class, userId(username)));
    }

    /** Six digits no step of the window around now accepts. */
    private static String wrongCode(String secret) {
        long now = Totp.step(Instant.now());
        List<String> window = List.of(
                Totp.code(secret, now - 2),
                Totp.code(secret, now - 1),
                Totp.code(secret, now),
                Totp.code(secret, now + 1),
                Totp.code(secret, now + 2));
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!window.contains(code)) {
                return code;
            }
        }
    }

    private int audited(String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where actor = ? and action = ?", Integer.class, username, action);
    }
}
