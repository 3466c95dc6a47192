package org.maydan.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A failure of the store that is not the request's fault and will pass: the client should get 503
 * with {@code Retry-After}, never 500. Recognised anywhere in an exception's cause chain, whether
 * Spring translated the driver's exception or not.
 */
public enum StoreFailure {

    /** A statement ran past {@code spring.jdbc.template.query-timeout} and was cancelled. */
    TIMEOUT,
    /** The store cannot be reached, refuses connections, or lost the connection. */
    UNAVAILABLE;

    /** SQLSTATE of a statement cancelled by its timeout (PostgreSQL and H2). */
    static final String QUERY_CANCELED = "57014";
    /** SQLSTATE classes: connection exception, insufficient resources, operator intervention. */
    private static final String[] UNAVAILABLE_CLASSES = {"08", "53", "57P"};
    /** Enough to reach the driver's exception through Spring's and the pool's wrappers. */
    private static final int MAX_DEPTH = 16;

    /** What kind of passing store failure {@code error} is, if it is one. */
    public static Optional<StoreFailure> of(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof QueryTimeoutException || t instanceof SQLTimeoutException
                    || t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return Optional.of(TIMEOUT);
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
                    || t instanceof ConcurrencyFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return Optional.of(UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    private static boolean unavailableState(String state) {
        if (state == null) {
            return false;
        }
        for (String prefix : UNAVAILABLE_CLASSES) {
            if (state.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
