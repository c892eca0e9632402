package org.imc.platform.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.ui.RouteAccessDenied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every refused access is logged and written to the audit trail, one row per refusal, with who
 * and what: a service method that method security refused ({@code ACCESS_DENIED}, entity type
 * {@code Service}, the target as {@code Service.method(ids)}), a refusal a service decided itself
 * (an {@link AccessDeniedException} thrown by its code: {@code isActor}, scoping; same row, the
 * reason in the after-state), caught in one place by {@link ServiceRefusals} around every
 * {@code @Service} bean, and a page the navigation access control refused (entity type
 * {@code Route}, the path). Only ids, numbers and enum constants of
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

    /**
     * Only refusals of method calls: the condition is checked before the transaction opens, so a
     * web request turned away at the filters (every anonymous visitor sent to the sign-in page)
     * takes no database connection.
     */
    @EventListener(
            condition =
                    "#event.source instanceof T(org.aopalliance.intercept.MethodInvocation)"
                            + " or #event.source instanceof T(org.springframework.security.authorization.method.MethodInvocationResult)")
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

    /**
     * Records a refusal that service code raised itself. Called by {@link ServiceRefusals} from
     * the outermost proxy, after the service's own transaction has rolled back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onServiceRefused(MethodInvocation invocation, AccessDeniedException refusal) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? AuditService.SYSTEM : authentication.getName();
        String target = target(invocation);
        log.warn("Access denied: {} called {}: {}", actor, target, refusal.getMessage());
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("reason", refusal.getMessage());
        audit.recordAs(actor, ACTION, "Service", target, null, reason);
    }

    /**
     * Wraps every {@code @Service} bean of the application, outside method security and the
     * transaction: an {@link AccessDeniedException} the service code threw is audited once (the
     * innermost service that threw it names the target; services it passes through on its way
     * out do not record it again). Method security's own refusals ({@link
     * AuthorizationDeniedException}) are recorded by {@link #onDenied} and skipped here.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceRefusalAdvisor(ObjectProvider<AccessDenialAudit> audit) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(Service.class, null, true), new ServiceRefusals(audit));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    static final class ServiceRefusals implements MethodInterceptor {

        private final ObjectProvider<AccessDenialAudit> audit;
        private final ThreadLocal<Throwable> recorded = new ThreadLocal<>();
        private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

        ServiceRefusals(ObjectProvider<AccessDenialAudit> audit) {
            this.audit = audit;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            int[] calls = depth.get();
            calls[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException refusal) {
                if (!(refusal instanceof AuthorizationDeniedException) && recorded.get() != refusal) {
                    recorded.set(refusal);
                    record(invocation, refusal);
                }
                throw refusal;
            } finally {
                if (--calls[0] == 0) {
                    depth.remove();
                    recorded.remove();
                }
            }
        }

        private void record(MethodInvocation invocation, AccessDeniedException refusal) {
            try {
                audit.getObject().onServiceRefused(invocation, refusal);
            } catch (RuntimeException e) {
                log.error("Could not audit a refused call of {}", target(invocation), e);
            }
        }
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
