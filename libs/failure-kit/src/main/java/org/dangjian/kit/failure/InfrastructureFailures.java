package org.dangjian.kit.failure;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the service's infrastructure (the database, Redis, the network: it passes when they are
 * back) from a failure of the request or event itself (it fails the same way every time). The events kit retries
 * the first kind in place and dead-letters only the second (a consumer that dead-lettered every event of a database
 * restart would leave its local copies silently behind); the web kit answers the first kind 503 "try again", not
 * 500 "our fault".
 */
public final class InfrastructureFailures {
    private static final int MAX_DEPTH = 20;

    private InfrastructureFailures() {
    }

    /**
     * Whether {@code failure} or any of its causes is a refused connection: the request never reached the other side,
     * so sending it again (to the next instance) is safe whatever it was. A timeout is not: it may have done its work.
     */
    public static boolean isRefusedConnection(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} or any of its causes says a dependency was unreachable, busy or restarting. */
    public static boolean isInfrastructure(Throwable failure) {
        return isInfrastructure(failure, null);
    }

    /**
     * The same, except that a cause of type {@code never} met first in the chain (outermost first) decides "no": a
     * failure the caller knows to be of the request or event itself, whatever it wraps.
     */
    public static boolean isInfrastructure(Throwable failure, Class<? extends Throwable> never) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (never != null && never.isInstance(cause)) {
                return false;
            }
            if (cause instanceof DataAccessResourceFailureException   // no connection (database, Redis)
                    || cause instanceof TransientDataAccessException  // deadlock, lock wait, query timeout
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
