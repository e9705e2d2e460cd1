package org.guildhall.kit.problem;

import java.sql.SQLException;

/**
 * Recognises a write that lost a race with another one: an optimistic lock on a stale version, a unique key that
 * another transaction took between our check and our insert, or a serialization failure. The request changed nothing
 * and can be sent again, so the client hears 409 with a retry hint, never 500.
 */
public final class ConcurrentWrite {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";

    private ConcurrentWrite() {}

    public static boolean isRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                // a JDBC batch reports the statement that failed as the next exception
                for (SQLException each = sql; each != null; each = each.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(each.getSQLState())
                            || SERIALIZATION_FAILURE.equals(each.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }
}
