package org.imc.platform.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.DatabaseOutage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Turns what went wrong into a sentence for the user, and shows short confirmations.
 */
public final class UserMessages {

    private UserMessages() {
    }

    /** The translated explanation of a failure a user can act on; a generic sentence otherwise. */
    public static String explain(Throwable error) {
        UI ui = UI.getCurrent();
        if (DatabaseOutage.isCause(error)) {
            return ui.getTranslation(DatabaseOutage.MESSAGE_KEY);
        }
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof BusinessException business) {
                return ui.getTranslation(business.getMessageKey(), business.getArgs());
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return ui.getTranslation("error.concurrent-edit");
            }
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                return ui.getTranslation("error.not-allowed");
            }
            if (cause instanceof ConstraintViolationException violations) {
                return violations.getConstraintViolations().stream().findFirst()
                        .map(v -> v.getMessage()).orElse(ui.getTranslation("error.invalid"));
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return ui.getTranslation("error.unexpected");
    }

    public static boolean isExpected(Throwable error) {
        if (DatabaseOutage.isCause(error)) {
            return true;
        }
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof BusinessException || cause instanceof OptimisticLockingFailureException
                    || cause instanceof AccessDeniedException || cause instanceof ConstraintViolationException
                    || cause instanceof AuthenticationException) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    public static void showError(Throwable error) {
        Notification notification = new Notification(explain(error), 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    public static void showSuccess(String translationKey, Object... args) {
        Notification notification = new Notification(UI.getCurrent().getTranslation(translationKey, args), 3000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }
}
