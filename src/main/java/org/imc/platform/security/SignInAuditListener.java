package org.imc.platform.security;

import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every sign-in success and failure to the audit trail.
 */
@Component
class SignInAuditListener {

    static final String ENTITY = "SignIn";

    private final AuditService audit;

    SignInAuditListener(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        // with two-step sign-in the success is recorded when the second factor is accepted
        String action = event.getAuthentication() instanceof SecondFactorPendingToken
                ? "SIGN_IN_PASSWORD_ACCEPTED"
                : "SIGN_IN_SUCCESS";
        audit.recordAs(name, action, ENTITY, name, null, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = SignInThrottleService.normalize(event.getAuthentication().getName());
        String reason = event.getException() instanceof LockedException ? "locked" : "bad credentials or disabled";
        audit.recordAs(name, "SIGN_IN_FAILURE", ENTITY, name, null, Snapshot.of("reason", reason));
    }
}
