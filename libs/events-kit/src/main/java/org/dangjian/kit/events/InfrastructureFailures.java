package org.dangjian.kit.events;

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
 * back) from a failure of the event itself (it fails the same way every time). Only the second kind may end as
 * a dead letter: a consumer that dead-lettered every event of a database restart would leave its local copies
 * (rosters, directories, accounts) silently behind the services that own them.
 */
final class InfrastructureFailures {
    private static final int MAX_DEPTH = 20;

    private InfrastructureFailures() {
    }

    /** Whether {@code failure} or any of its causes says a dependency was unreachable, busy or restarting. */
    static boolean isInfrastructure(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof MalformedEventException) {
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
