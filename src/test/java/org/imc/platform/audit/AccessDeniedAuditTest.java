package org.imc.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.imc.platform.IntegrationTest;
import org.imc.platform.fund.LoanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.authority.AuthorityUtils;

/** A call that method security refuses leaves exactly one audit row naming the user and the target. */
class AccessDeniedAuditTest extends IntegrationTest {

    @Autowired
    LoanService loans;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MeterRegistry meters;

    @Test
    void aDeniedServiceCallIsAuditedOnceWithUserAndTarget() throws Exception {
        long before = denials("member");

        Throwable refused = catchThrowable(() -> callAs("member", () -> loans.get(987654L)));

        assertThat(refused).isInstanceOf(AccessDeniedException.class);
        assertThat(denials("member")).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.queryForMap(
                "select entity_type, entity_id from audit_event where action = 'ACCESS_DENIED' and actor = 'member'"
                        + " order by id desc limit 1");
        assertThat(row.get("entity_type")).isEqualTo("Service");
        assertThat(row.get("entity_id")).isEqualTo("LoanService.get(987654)");
    }

    @Test
    void aTurnedAwayWebRequestTakesNoDatabaseConnection() {
        // what the web filters publish when an anonymous visitor is sent to the sign-in page
        AuthorizationDeniedEvent<MockHttpServletRequest> redirect = new AuthorizationDeniedEvent<>(
                () -> new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                new MockHttpServletRequest("GET", "/"),
                new AuthorizationDecision(false));
        long before = connectionsTaken();

        for (int i = 0; i < 20; i++) {
            events.publishEvent(redirect);
        }

        // under a crowd every sign-in begins so; waiting for a connection here made them fail
        assertThat(connectionsTaken()).isEqualTo(before);
    }

    private long connectionsTaken() {
        return meters.get("hikaricp.connections.acquire").timer().count();
    }

    private long denials(String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ?", Long.class, actor);
    }
}
