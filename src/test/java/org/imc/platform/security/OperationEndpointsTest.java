package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.util.HashMap;
import java.util.Map;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.web.RequestIdFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may reach the operation endpoints, and the request id and user name in the logging
 * context. Requests go through the real filters: the request-id filter, the whole security
 * filter chain (sessions, Vaadin's rules, ours) and the actuator endpoints.
 */
class OperationEndpointsTest extends IntegrationTest {

    private static final String ELSEWHERE = "203.0.113.7";

    @Autowired
    WebApplicationContext context;

    @Autowired
    RequestIdFilter requestIdFilter;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilterChain;

    /** What the logging context held when the request reached the application behind the filters. */
    private final Map<String, String> loggingContext = new HashMap<>();

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        Filter probe = (request, response, chain) -> {
            loggingContext.put("id", MDC.get(RequestIdFilter.MDC_KEY));
            loggingContext.put("user", MDC.get(RequestIdFilter.USER_MDC_KEY));
            chain.doFilter(request, response);
        };
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(requestIdFilter, securityFilterChain, probe)
                .build();
    }

    @Test
    void metricsAreRefusedToAnonymousCallersFromElsewhere() throws Exception {
        assertThat(status(from(get("/actuator/prometheus"), ELSEWHERE))).isEqualTo(401);
        assertThat(status(from(get("/actuator/info"), ELSEWHERE))).isEqualTo(401);
    }

    @Test
    void metricsAreRefusedToSignedInUsersWhoAreNotAdmins() throws Exception {
        assertThat(status(from(get("/actuator/prometheus"), ELSEWHERE).session(signedIn("mayor"))))
                .isEqualTo(403);
    }

    @Test
    void metricsAreServedToAdmins() throws Exception {
        MvcResult result = mvc.perform(
                        from(get("/actuator/prometheus"), ELSEWHERE).session(signedIn("admin")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void metricsAreServedToRequestsFromThisMachine() throws Exception {
        MvcResult result =
                mvc.perform(from(get("/actuator/prometheus"), "127.0.0.1")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("application=\"imc-platform\"");
        assertThat(status(from(get("/actuator/info"), "::1"))).isEqualTo(200);
    }

    @Test
    void aRequestPassedOnByAProxyOnThisMachineIsNotLocal() throws Exception {
        assertThat(status(from(get("/actuator/prometheus"), "127.0.0.1").header("X-Forwarded-For", "127.0.0.1")))
                .isEqualTo(401);
        assertThat(status(from(get("/actuator/prometheus"), "127.0.0.1").header("Forwarded", "for=127.0.0.1")))
                .isEqualTo(401);
    }

    @Test
    void infoNamesTheApplicationAndItsVersion() throws Exception {
        String info = mvc.perform(from(get("/actuator/info"), ELSEWHERE).session(signedIn("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(info)
                .contains(
                        "\"name\":\"imc-platform\"", "\"version\":\"0.1.0-SNAPSHOT\"", "\"artifact\":\"imc-platform\"");
    }

    @Test
    void healthIsPublicWithDetailsForAdminsOnly() throws Exception {
        MvcResult anonymous =
                mvc.perform(from(get("/actuator/health"), ELSEWHERE)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(200);
        assertThat(anonymous.getResponse().getContentAsString())
                .contains("\"UP\"")
                .doesNotContain("components", "db");

        MvcResult mayor = mvc.perform(from(get("/actuator/health"), ELSEWHERE).session(signedIn("mayor")))
                .andReturn();
        assertThat(mayor.getResponse().getContentAsString()).doesNotContain("components");

        MvcResult admin = mvc.perform(from(get("/actuator/health"), ELSEWHERE).session(signedIn("admin")))
                .andReturn();
        assertThat(admin.getResponse().getContentAsString()).contains("\"db\"", "MariaDB");

        assertThat(status(from(get("/actuator/health/readiness"), ELSEWHERE))).isEqualTo(200);
        assertThat(status(from(get("/actuator/health/liveness"), ELSEWHERE))).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesARequestIdThatWasInTheLoggingContext() throws Exception {
        MvcResult result = mvc.perform(from(get("/actuator/health"), ELSEWHERE)).andReturn();
        String id = result.getResponse().getHeader(RequestIdFilter.HEADER);
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(loggingContext.get("id")).isEqualTo(id);
        assertThat(loggingContext.get("user")).isNull();
        assertThat(MDC.get(RequestIdFilter.MDC_KEY))
                .as("cleared after the request")
                .isNull();
    }

    @Test
    void aWellFormedIncomingRequestIdIsKeptAndAnythingElseReplaced() throws Exception {
        String kept = mvc.perform(
                        from(get("/actuator/health"), ELSEWHERE).header(RequestIdFilter.HEADER, "lb-7F000001:1F90_42"))
                .andReturn()
                .getResponse()
                .getHeader(RequestIdFilter.HEADER);
        assertThat(kept).isEqualTo("lb-7F000001:1F90_42");
        assertThat(loggingContext.get("id")).isEqualTo("lb-7F000001:1F90_42");

        String replaced = mvc.perform(
                        from(get("/actuator/health"), ELSEWHERE).header(RequestIdFilter.HEADER, "x\" injected=\"yes"))
                .andReturn()
                .getResponse()
                .getHeader(RequestIdFilter.HEADER);
        assertThat(replaced).matches("[0-9a-f-]{36}");
        String tooLong = "a".repeat(101);
        assertThat(mvc.perform(from(get("/actuator/health"), ELSEWHERE).header(RequestIdFilter.HEADER, tooLong))
                        .andReturn()
                        .getResponse()
                        .getHeader(RequestIdFilter.HEADER))
                .isNotEqualTo(tooLong);
    }

    @Test
    void theSignedInUsersNameIsInTheLoggingContext() throws Exception {
        mvc.perform(from(get("/actuator/health"), ELSEWHERE).session(signedIn("mayor")))
                .andReturn();
        assertThat(loggingContext.get("user")).isEqualTo("mayor");
        assertThat(loggingContext.get("id")).isNotBlank();
        assertThat(MDC.get(RequestIdFilter.USER_MDC_KEY))
                .as("cleared after the request")
                .isNull();
    }

    @Test
    void onlyLoopbackAddressesAreLocal() {
        assertThat(LocalRequests.isLoopback("127.0.0.1")).isTrue();
        assertThat(LocalRequests.isLoopback("127.3.4.5")).isTrue();
        assertThat(LocalRequests.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(LocalRequests.isLoopback("10.0.0.1")).isFalse();
        assertThat(LocalRequests.isLoopback("[::1]")).isTrue();
        assertThat(LocalRequests.isLoopback("localhost"))
                .as("a name is never looked up")
                .isFalse();
        assertThat(LocalRequests.isLoopback("localhost.localdomain")).isFalse();
        assertThat(LocalRequests.isLoopback("cafe")).isFalse();
        assertThat(LocalRequests.isLoopback("")).isFalse();
        assertThat(LocalRequests.isLoopback(null)).isFalse();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
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
