package org.imc.platform.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.DatabaseOutage;
import org.imc.platform.base.Translatable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Turns what went wrong into a sentence for the user, and shows short confirmations.
 */
public final class UserMessages {

    private static final Logger LOG = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {}

    /**
     * Runs what a user asked for (a click, a confirmation); if it fails, the user reads why and
     * nothing after the failing call runs. Returns whether it succeeded. The one way views call
     * a service for a user's action: no try/catch of their own.
     */
    public static boolean attempt(Runnable action) {
        return attemptToGet(() -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** As {@link #attempt(Runnable)}, handing on the action's result (empty when it failed). */
    public static <T> Optional<T> attemptToGet(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException ex) {
            report(ex);
            return Optional.empty();
        }
    }

    /**
     * Shows the user why something failed; logs it when it was not expected (a database outage
     * in one line, anything unknown with its stack trace).
     */
    public static void report(Throwable error) {
        log(error);
        showError(error);
    }

    /** Logs a failure that reached the user: an outage in one line, anything unexpected with its stack trace. */
    public static void log(Throwable error) {
        if (DatabaseOutage.isCause(error)) {
            // one line, not a stack trace per click while the database is away
            LOG.warn("Database unavailable: {}", error.toString());
        } else if (DatabaseOutage.isBusy(error)) {
            LOG.warn("Database busy: {}", error.toString());
        } else if (!isExpected(error)) {
            LOG.error("Unhandled error in the UI", error);
        }
    }

    /** The translated explanation of a failure a user can act on; a generic sentence otherwise. */
    public static String explain(Throwable error) {
        UI ui = UI.getCurrent();
        if (DatabaseOutage.isCause(error)) {
            return ui.getTranslation(DatabaseOutage.MESSAGE_KEY);
        }
        if (DatabaseOutage.isBusy(error)) {
            return ui.getTranslation(DatabaseOutage.BUSY_KEY);
        }
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof BusinessException business) {
                Object[] args = Arrays.stream(business.getArgs())
                        .map(arg -> arg instanceof Translatable t ? ui.getTranslation(t.key()) : arg)
                        .toArray();
                return ui.getTranslation(business.getMessageKey(), args);
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return ui.getTranslation("error.concurrent-edit");
            }
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                return ui.getTranslation("error.not-allowed");
            }
            if (cause instanceof ConstraintViolationException violations) {
                return violations.getConstraintViolations().stream()
                        .findFirst()
                        .map(v -> v.getMessage())
                        .orElse(ui.getTranslation("error.invalid"));
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return ui.getTranslation("error.unexpected");
    }

    public static boolean isExpected(Throwable error) {
        if (DatabaseOutage.isCause(error) || DatabaseOutage.isBusy(error)) {
            return true;
        }
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof BusinessException
                    || cause instanceof OptimisticLockingFailureException
                    || cause instanceof AccessDeniedException
                    || cause instanceof ConstraintViolationException
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
        Notification notification = new Notification(
                UI.getCurrent().getTranslation(translationKey, args), 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }
}
