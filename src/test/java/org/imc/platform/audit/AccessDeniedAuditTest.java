package org.imc.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/** A call that method security refuses leaves exactly one audit row naming the user and the target. */
class AccessDeniedAuditTest extends IntegrationTest {

    @Autowired
    LoanService loans;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

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
    void aTurnedAwayWebRequestOpensNoTransaction() {
        // what the web filters publish when an anonymous visitor is sent to the sign-in page
        AuthorizationDeniedEvent<MockHttpServletRequest> redirect = new AuthorizationDeniedEvent<>(
                () -> new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                new MockHttpServletRequest("GET", "/"),
                new AuthorizationDecision(false));
        // transactions begun on this thread (the listener runs on the publishing thread; other
        // threads, such as the change-feed reader, are not counted)
        Thread here = Thread.currentThread();
        AtomicInteger begun = new AtomicInteger();
        TransactionExecutionListener counter = new TransactionExecutionListener() {
            @Override
            public void beforeBegin(TransactionExecution transaction) {
                if (Thread.currentThread() == here) {
                    begun.incrementAndGet();
                }
            }
        };
        var listeners = ((AbstractPlatformTransactionManager) transactions).getTransactionExecutionListeners();
        listeners.add(counter);
        try {
            for (int i = 0; i < 20; i++) {
                events.publishEvent(redirect);
            }
        } finally {
            listeners.remove(counter);
        }

        // under a crowd every sign-in begins so; each transaction took a pooled connection, and
        // waiting for one made these requests fail
        assertThat(begun).hasValue(0);
    }

    private long denials(String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ?", Long.class, actor);
    }
}
