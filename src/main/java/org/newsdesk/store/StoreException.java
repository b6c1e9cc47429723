package org.newsdesk.store;

import java.sql.SQLException;

/** A database failure, unchecked so routes can handle it with the shared error handler. */
public class StoreException extends RuntimeException {

    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /**
     * True when the database rolled the transaction back because of another one (SQLState class 40:
     * serialization failure, deadlock): the same work may simply be tried again.
     */
    public boolean transactionConflict() {
        return getCause() instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("40");
    }

    /** True when the failure is a unique key being violated (SQLState class 23). */
    public boolean uniqueViolation() {
        return getCause() instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("23");
    }
}
