package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.util.EnumSet;
import java.util.Set;
import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A change to a user's access reaches the sessions they already have: on their next request
 * the session is ended and the request is treated as signed out. The probe is an endpoint only
 * admins reach from elsewhere: 200 while the session counts, 401 once it no longer does.
 */
@org.springframework.test.context.event.RecordApplicationEvents
class SessionRevocationTest extends IntegrationTest {

    private static final String PREFIX = "srt-";
    private static final String ELSEWHERE = "203.0.113.9";

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilterChain;

    @Autowired
    UserService users;

    @Autowired
    SecurityQueries queries;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(securityFilterChain)
                .build();
    }

    @AfterEach
    void removeCreatedUsers() {
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    void removingARoleEndsTheUsersOpenSessionOnItsNextRequest() throws Exception {
        AppUser user = createAdmin();
        MockHttpSession session = signedIn(user.getUsername());
        assertThat(probe(session)).isEqualTo(200);

        runAs("admin", () -> {
            UserForm form = UserForm.of(users.get(user.getId()));
            form.setRoles(EnumSet.of(Role.MEMBER));
            users.update(user.getId(), form.getVersion(), form);
        });

        assertThat(probe(session))
                .as("the same session after the role was removed")
                .isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void disablingAUserEndsTheirOpenSession() throws Exception {
        AppUser user = createAdmin();
        MockHttpSession session = signedIn(user.getUsername());
        assertThat(probe(session)).isEqualTo(200);

        runAs("admin", () -> users.setEnabled(user.getId(), false));

        assertThat(probe(session)).isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aPasswordResetThroughTheEmailedLinkEndsTheUsersOpenSession(
            @org.springframework.beans.factory.annotation.Autowired AccountLinkService links,
            @org.springframework.beans.factory.annotation.Autowired
                    org.springframework.test.context.event.ApplicationEvents events)
            throws Exception {
        AppUser user = createAdmin();
        MockHttpSession session = signedIn(user.getUsername());

        links.requestPasswordReset(user.getUsername());
        String token = events.stream(AccountLinkIssued.class)
                .filter(e -> e.userId().equals(user.getId()))
                .reduce((first, second) -> second)
                .orElseThrow()
                .token();
        links.resetPassword(token, "a-fresh-long-passphrase", "a-fresh-long-passphrase");

        assertThat(probe(session)).isEqualTo(401);
    }

    @Test
    void aChangeOfNameOnlyKeepsTheSession() throws Exception {
        AppUser user = createAdmin();
        MockHttpSession session = signedIn(user.getUsername());

        runAs("admin", () -> {
            UserForm form = UserForm.of(users.get(user.getId()));
            form.setFullName("Renamed " + user.getUsername());
            users.update(user.getId(), form.getVersion(), form);
        });

        assertThat(probe(session)).isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void theCheckOnEachRequestIsOneCheapReadByPrimaryKey() {
        Long id = userId("officer2");
        for (int i = 0; i < 200; i++) {
            queries.accessState(id); // warm up
        }
        int reads = 2000;
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            assertThat(queries.accessState(id)).isPresent();
        }
        double micros = (System.nanoTime() - start) / 1000.0 / reads;
        System.out.printf("access-state read: %.0f µs per request on average%n", micros);
        // generous, for a loaded build machine; on a quiet one it is well under a millisecond
        assertThat(micros).isLessThan(20_000);
    }

    private AppUser createAdmin() throws Exception {
        String username = PREFIX + Long.toString(System.nanoTime(), 36);
        return callAs("admin", () -> {
            UserForm form = new UserForm();
            form.setUsername(username);
            form.setFullName("Revocation " + username);
            form.setEmail(username + "@test.example");
            form.setRoles(Set.of(Role.ADMIN, Role.MEMBER));
            return UserFixtures.create(users, jdbc, form, "a-long-enough-passphrase");
        });
    }

    private int probe(MockHttpSession session) throws Exception {
        MockHttpServletRequestBuilder request = get("/actuator/info")
                .session(session)
                .with(r -> {
                    r.setRemoteAddr(ELSEWHERE);
                    return r;
                });
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private MockHttpSession signedIn(String username) {
        SignedInUser user = principal(username).withoutPassword();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }
}
