package org.imc.platform.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.imc.platform.base.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a user reads when the database is out of reach: the translated "temporarily unavailable"
 * sentence in a notification, through the same error handler as every unhandled UI failure.
 */
@ViewTest
class DatabaseOutageMessagesTest extends BrowserlessViewTest {

    /** What a service call throws when the pool cannot get a connection (as seen in DatabaseOutageTest). */
    private static final RuntimeException NO_CONNECTION = new CannotCreateTransactionException(
            "Could not open JPA EntityManager for transaction",
            new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 3000ms",
                    new SQLNonTransientConnectionException(
                            "Socket fail to connect to 127.0.0.1:3306. Connection refused")));

    @Test
    @WithUserDetails("member")
    void anOutageReadsTemporarilyUnavailableInTheUi() {
        navigate(DashboardView.class);
        String expected = UI.getCurrent().getTranslation(DatabaseOutage.MESSAGE_KEY);
        assertThat(expected).startsWith("The platform cannot reach its database right now");

        assertThat(UserMessages.explain(NO_CONNECTION)).isEqualTo(expected);
        assertThat(UserMessages.explain(new CannotGetJdbcConnectionException("no connection")))
                .isEqualTo(expected);

        // an unhandled failure in a view goes through the session's error handler
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(NO_CONNECTION));
        roundTrip();
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains(expected);
    }

    @Test
    void otherDatabaseFailuresAreNotCalledAnOutage() {
        assertThat(DatabaseOutage.isCause(NO_CONNECTION)).isTrue();
        assertThat(DatabaseOutage.isCause(new OptimisticLockingFailureException("stale")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
    }
}
