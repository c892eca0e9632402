package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.web.RequestIdFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in and sign-out through the real filters (request ids, the security filter chain): each
 * audit row names the client's address (behind our balancer, the one it forwarded) and the
 * request id of the log lines.
 */
class SignInAuditTest extends IntegrationTest {

    private static final String PREFIX = "sat-";
    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    WebApplicationContext context;

    @Autowired
    RequestIdFilter requestIdFilter;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilterChain;

    @Autowired
    UserService users;

    MockMvc mvc;
    String username;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(requestIdFilter, securityFilterChain)
                .build();
        username = PREFIX + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        UserForm form = UserServiceTest.form(username, Role.MEMBER);
        runAs("admin", () -> UserFixtures.create(users, jdbc, form, PASSWORD));
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from sign_in_throttle where username like ?", PREFIX + "%");
        jdbc.update("delete from sign_in_client_throttle where client in ('203.0.113.50', '203.0.113.51')");
        jdbc.update("delete from app_user where username like ?", PREFIX + "%");
    }

    @Test
    void failedSignInIsAuditedWithTheAddressAndTheRequestId() throws Exception {
        mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", "wrong-password")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.50");
                            return request;
                        })
                        .header(RequestIdFilter.HEADER, "sign-in-audit-1"))
                .andReturn();

        assertThat(auditRows("SIGN_IN_FAILURE"))
                .containsExactly(
                        "reason: bad credentials or disabled\naddress: 203.0.113.50\nrequest: sign-in-audit-1");
    }

    @Test
    void signInBehindTheBalancerAndSignOutAreAuditedWithTheForwardedAddress() throws Exception {
        MvcResult signIn = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("127.0.0.1"); // our HAProxy, on this machine
                            return request;
                        })
                        // whatever the client claims comes first; the balancer appends what it saw
                        .header("X-Forwarded-For", "10.9.8.7, 203.0.113.51")
                        .header(RequestIdFilter.HEADER, "sign-in-audit-2"))
                .andReturn();
        assertThat(auditRows("SIGN_IN_SUCCESS")).containsExactly("address: 203.0.113.51\nrequest: sign-in-audit-2");

        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(post("/logout")
                        .session(session)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("127.0.0.1");
                            return request;
                        })
                        .header("X-Forwarded-For", "203.0.113.51")
                        .header(RequestIdFilter.HEADER, "sign-out-audit-3"))
                .andReturn();
        assertThat(auditRows("SIGN_OUT")).containsExactly("address: 203.0.113.51\nrequest: sign-out-audit-3");
    }

    private List<String> auditRows(String action) {
        return jdbc.queryForList(
                "select after_state from audit_event where entity_type = 'SignIn' and entity_id = ? and action = ?"
                        + " order by id",
                String.class,
                username,
                action);
    }
}
