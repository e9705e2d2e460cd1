package org.guildhall.kit.problem;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a database that is busy rather than broken: a lock wait that ran past {@code lock_timeout}, a deadlock
 * PostgreSQL broke, or no pooled connection freeing up in time. The client hears 503 and retries, never 500.
 */
public final class DatabaseBusy {

    /** PostgreSQL's lock_not_available (lock_timeout passed). */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private static final String DEADLOCK_DETECTED = "40P01";

    private DatabaseBusy() {}

    public static boolean isBusy(Throwable e) {
        return isLockTimeout(e) || isPoolExhausted(e);
    }

    public static boolean isLockTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (LOCK_NOT_AVAILABLE.equals(sql.getSQLState()) || DEADLOCK_DETECTED.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPoolExhausted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Agroal's message when no connection frees up within quarkus.datasource.jdbc.acquisition-timeout:
            // "Acquisition timeout while waiting for new connection" (capitalised, so the match ignores case)
            if (cause instanceof SQLException sql
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
