package org.imc.platform.security;

import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.web.RequestIdFilter;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every sign-in success and failure, and every sign-out, to the audit trail, with the
 * client's address ({@link ClientAddresses}) and the request id of the log lines.
 */
@Component
class SignInAuditListener {

    static final String ENTITY = "SignIn";

    private final AuditService audit;
    private final ClientAddresses clients;

    SignInAuditListener(AuditService audit, ClientAddresses clients) {
        this.audit = audit;
        this.clients = clients;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        // with two-step sign-in the success is recorded when the second factor is accepted
        String action = event.getAuthentication() instanceof SecondFactorPendingToken
                ? "SIGN_IN_PASSWORD_ACCEPTED"
                : "SIGN_IN_SUCCESS";
        audit.recordAs(name, action, ENTITY, name, null, context());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = SignInThrottleService.normalize(event.getAuthentication().getName());
        String reason = switch (event.getException()) {
            case LockedException locked -> "locked";
            case SignInDelayedException delayed -> "delayed " + delayed.retryAfterSeconds() + " s";
            default -> "bad credentials or disabled";
        };
        audit.recordAs(name, "SIGN_IN_FAILURE", ENTITY, name, null, context("reason", reason));
    }

    /** Called by the sign-out handler while the user is still known. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSignOut(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return;
        }
        String name = authentication.getName();
        audit.recordAs(name, "SIGN_OUT", ENTITY, name, null, context());
    }

    private java.util.Map<String, Object> context(Object... more) {
        Object[] all = new Object[more.length + 4];
        System.arraycopy(more, 0, all, 0, more.length);
        all[more.length] = "address";
        all[more.length + 1] = clients.current().orElse(null);
        all[more.length + 2] = "request";
        all[more.length + 3] = MDC.get(RequestIdFilter.MDC_KEY);
        return Snapshot.of(all);
    }
}
