package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.IntegrationTest;
import org.imc.platform.Race;
import org.imc.platform.audit.AuditEvent;
import org.imc.platform.audit.AuditQuery;
import org.imc.platform.audit.AuditService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-in through the application's {@link AuthenticationManager}: five wrong passwords in a row
 * lock a name, unknown names are treated exactly the same, an admin can unlock, a success resets
 * the count, and every attempt is audited.
 */
class SignInLockOutTest extends IntegrationTest {

    private static final String PREFIX = "sit-";
    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    String username;
    Long userId;
    /** Where this test's attempts come from (each test its own documentation address, RFC 5737). */
    String address;

    @BeforeEach
    void createUser() throws Exception {
        username = uniqueName();
        address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        UserForm form = UserServiceTest.form(username, Role.MEMBER);
        userId = callAs(
                "admin", () -> UserFixtures.create(users, jdbc, form, PASSWORD).getId());
    }

    @AfterEach
    void removeUserAndCounters() {
        jdbc.update("delete from sign_in_throttle where username like ?", PREFIX + "%");
        jdbc.update("delete from sign_in_client_throttle where client = ?", address);
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    void correctPasswordSignsInWithTheApplicationsPrincipal() {
        Authentication result = signIn(username, PASSWORD);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
            assertThat(user.id()).isEqualTo(userId);
            assertThat(user.username()).isEqualTo(username);
            assertThat(user.getPassword())
                    .as("no password hash kept in the session")
                    .isNull();
        });
        assertThat(result.getCredentials()).isNull();
        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");
    }

    @Test
    void fifthWrongPasswordLocksAndThenEvenTheCorrectPasswordIsRefused() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThrows(BadCredentialsException.class, () -> signIn(username, "wrong-password"));
        }
        assertThrows(LockedException.class, () -> signIn(username, "wrong-password"));

        assertThrows(LockedException.class, () -> signIn(username, PASSWORD));
        assertThrows(LockedException.class, () -> signIn(username, PASSWORD));
        assertThat(counter(username)).isEqualTo(5);
    }

    @Test
    void changingCaseOrAddingSpacesDoesNotDodgeTheLock() {
        String[] variants = {username.toUpperCase(), " " + username, username + " ", username, username.toUpperCase()};
        for (int attempt = 0; attempt < 4; attempt++) {
            String variant = variants[attempt];
            assertThrows(BadCredentialsException.class, () -> signIn(variant, "wrong-password"));
        }
        assertThrows(LockedException.class, () -> signIn(variants[4], "wrong-password"));
        assertThrows(LockedException.class, () -> signIn(username, PASSWORD));
    }

    @Test
    void unknownNameGetsExactlyTheSameTreatment() {
        String unknown = uniqueName();
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, unknown))
                .isZero();

        List<String> forExisting = attempts(username, "wrong-password", 7);
        List<String> forUnknown = attempts(unknown, "wrong-password", 7);

        assertThat(forUnknown).isEqualTo(forExisting);
        assertThat(forUnknown)
                .containsExactly(
                        "BadCredentialsException: Bad credentials",
                        "BadCredentialsException: Bad credentials",
                        "BadCredentialsException: Bad credentials",
                        "BadCredentialsException: Bad credentials",
                        "LockedException: locked",
                        "LockedException: locked",
                        "LockedException: locked");
        assertThat(counter(unknown)).isEqualTo(5);
    }

    @Test
    void adminUnlockLetsTheCorrectPasswordInAgain() throws Exception {
        attempts(username, "wrong-password", 5);
        assertThrows(LockedException.class, () -> signIn(username, PASSWORD));
        assertThat(callAs("admin", () -> users.isLocked(username))).isTrue();

        runAs("admin", () -> users.unlock(userId));

        assertThat(callAs("admin", () -> users.isLocked(username))).isFalse();
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
        assertThat(counter(username)).isZero();
    }

    @Test
    void successResetsTheCounter() {
        assertThat(attempts(username, "wrong-password", 4)).containsOnly("BadCredentialsException: Bad credentials");
        assertThat(counter(username)).isEqualTo(4);

        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
        assertThat(counter(username)).isZero();

        assertThat(attempts(username, "wrong-password", 4)).containsOnly("BadCredentialsException: Bad credentials");
        assertThrows(LockedException.class, () -> signIn(username, "wrong-password"));
    }

    @Test
    void simultaneousWrongPasswordsAreCountedAtTheGateAndOnlyFiveAreEvaluated() throws Exception {
        int threads = 6;
        List<Callable<String>> racers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            racers.add(() -> attempts(username, "wrong-password", 1).getFirst());
        }
        List<Race.Outcome<String>> outcomes = Race.run(racers);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.value()).matches("(BadCredentials|Locked)Exception: .*"));
        // the sixth attempt is refused at the gate, unevaluated, so it is not a failure to count
        assertThat(counter(username)).isEqualTo(SignInThrottleService.MAX_FAILURES);
        assertThrows(LockedException.class, () -> signIn(username, PASSWORD));
    }

    @Test
    void lockOfOneNameLeavesOtherNamesAlone() throws Exception {
        attempts(username, "wrong-password", 5);

        assertThat(signIn("member", "demo").isAuthenticated()).isTrue();
        assertThat(callAs("admin", () -> users.isLocked("member"))).isFalse();
    }

    @Test
    void successAndFailureAreAudited() throws Exception {
        assertThrows(BadCredentialsException.class, () -> signIn(username, "wrong-password"));
        signIn(username, PASSWORD);
        attempts(username, "wrong-password", 5);

        List<AuditEvent> events = callAs(
                "admin",
                () -> audit.search(
                                new AuditQuery(username, "SignIn", username, null, null),
                                PageRequest.of(0, 50, Sort.by("id")))
                        .getContent());

        assertThat(events)
                .extracting(AuditEvent::getAction)
                .containsExactly(
                        "SIGN_IN_FAILURE",
                        "SIGN_IN_SUCCESS",
                        "SIGN_IN_FAILURE",
                        "SIGN_IN_FAILURE",
                        "SIGN_IN_FAILURE",
                        "SIGN_IN_FAILURE",
                        "SIGN_IN_FAILURE");
        assertThat(events).extracting(AuditEvent::getActor).containsOnly(username);
        assertThat(events).extracting(AuditEvent::getEntityId).containsOnly(username);
        assertThat(events.getFirst().getAfterState()).startsWith("reason: bad credentials or disabled\n");
        assertThat(events.getLast().getAfterState()).startsWith("reason: locked\n");
    }

    @Test
    void failuresForUnknownNamesAreAuditedUnderTheTypedName() throws Exception {
        String unknown = uniqueName();
        assertThrows(BadCredentialsException.class, () -> signIn(unknown.toUpperCase(), "guess"));

        List<AuditEvent> events = callAs(
                "admin",
                () -> audit.search(new AuditQuery(unknown, "SignIn", null, null, null), PageRequest.of(0, 10))
                        .getContent());

        assertThat(events).singleElement().extracting(AuditEvent::getAction).isEqualTo("SIGN_IN_FAILURE");
    }

    /** One attempt as the sign-in form's request from {@link #address} makes it. */
    private Authentication signIn(String name, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        RequestAttributes previous = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(name, password));
        } finally {
            RequestContextHolder.setRequestAttributes(previous);
        }
    }

    /** Signs in {@code times} times and lists what happened each time. */
    private List<String> attempts(String name, String password, int times) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            try {
                signIn(name, password);
                outcomes.add("signed in");
            } catch (AuthenticationException e) {
                outcomes.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return outcomes;
    }

    /** The failures counted for the name from this test's address. */
    private Integer counter(String name) {
        List<Integer> counts = jdbc.queryForList(
                "select failed_count from sign_in_throttle where username = ? and client = ?",
                Integer.class,
                name,
                address);
        return counts.isEmpty() ? null : counts.getFirst();
    }

    private static String uniqueName() {
        return PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }
}
