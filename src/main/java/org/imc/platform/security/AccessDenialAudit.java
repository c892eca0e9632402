package org.imc.platform.security;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInvocation;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.ui.RouteAccessDenied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every refused access is logged and written to the audit trail, one row per refusal, with who
 * and what: a service method that method security refused ({@code ACCESS_DENIED}, entity type
 * {@code Service}, the target as {@code Service.method(ids)}) and a page the navigation access
 * control refused (entity type {@code Route}, the path). Only ids, numbers and enum constants of
 * the arguments are kept, never free text. Refusals of anonymous web requests (the sign-in
 * redirect) are not recorded: they say nothing about a user and would flood the trail. The
 * audit row is written in its own transaction, as the refused call's transaction rolls back.
 */
@Component
class AccessDenialAudit {

    static final String ACTION = "ACCESS_DENIED";
    private static final Logger log = LoggerFactory.getLogger(AccessDenialAudit.class);

    private final AuditService audit;

    AccessDenialAudit(AuditService audit) {
        this.audit = audit;
    }

    /** Method security publishes its refusals (only refusals: grants are not published) as application events. */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onDenied(AuthorizationDeniedEvent<?> event) {
        MethodInvocation invocation = invocation(event.getObject());
        if (invocation == null) {
            return;
        }
        Authentication authentication = event.getAuthentication().get();
        String actor = authentication == null ? AuditService.SYSTEM : authentication.getName();
        String target = target(invocation);
        log.warn("Access denied: {} called {}", actor, target);
        audit.recordAs(actor, ACTION, "Service", target, null, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onRouteDenied(RouteAccessDenied event) {
        log.warn("Access denied: page {}", event.path());
        audit.record(ACTION, "Route", event.path(), null, null);
    }

    private static MethodInvocation invocation(Object object) {
        if (object instanceof MethodInvocation invocation) {
            return invocation;
        }
        if (object instanceof MethodInvocationResult result) {
            return result.getMethodInvocation();
        }
        return null;
    }

    static String target(MethodInvocation invocation) {
        String arguments = Arrays.stream(invocation.getArguments())
                .map(AccessDenialAudit::argument)
                .collect(Collectors.joining(", "));
        return invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName() + "(" + arguments + ")";
    }

    private static String argument(Object value) {
        if (value == null || value instanceof Number || value instanceof Enum<?> || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return value.getClass().getSimpleName();
    }
}
