package org.imc.platform.base;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.imc.platform.base.db.OneAtATimeAdmission;
import org.imc.platform.base.db.PatientDataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, network cut,
 * pool timed out waiting for a connection) from other failures. Such a failure is temporary:
 * the user reads "temporarily unavailable, please try again", the health endpoint reports DOWN,
 * and the connection pool reconnects by itself once the database is back.
 */
public final class DatabaseOutage {

    /** The translation key of the message users read. */
    public static final String MESSAGE_KEY = "error.database-unavailable";

    private DatabaseOutage() {}

    /** The translation key users read when the database answers but every connection stayed busy. */
    public static final String BUSY_KEY = "error.database-busy";

    public static boolean isCause(Throwable error) {
        if (isBusy(error)) {
            return false;
        }
        Throwable cause = error;
        int depth = 0;
        while (cause != null && depth++ < 50) {
            if (cause instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    /**
     * True when the failure is an overload, not an outage: the database answered but every
     * pooled connection stayed in use for the whole patience of {@link PatientDataSource}, or a
     * caller waited as long for its turn on a busy row ({@link OneAtATimeAdmission}).
     */
    public static boolean isBusy(Throwable error) {
        Throwable cause = error;
        int depth = 0;
        while (cause != null && depth++ < 50) {
            if (cause instanceof PatientDataSource.DatabaseBusyException
                    || cause instanceof OneAtATimeAdmission.QueueTooLong) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
