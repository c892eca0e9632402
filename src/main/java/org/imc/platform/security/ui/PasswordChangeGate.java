package org.imc.platform.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * A user whose password an administrator set must choose their own before anything else: every
 * route but the change-password and sign-in views leads to the change-password view until then.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final transient CurrentUser currentUser;

    PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class
                || target == LoginView.class
                || target == InvitationView.class
                || target == ResetPasswordView.class
                || target == ForgotPasswordView.class) {
            return;
        }
        if (currentUser.get().map(SignedInUser::mustChangePassword).orElse(false)) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
