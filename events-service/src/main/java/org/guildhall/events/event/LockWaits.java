package org.guildhall.events.event;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import org.guildhall.kit.problem.DatabaseBusy;
import org.guildhall.kit.problem.ProblemException;

/** How long a transaction waits for a row or advisory lock, and the 503 when that is not enough. */
public final class LockWaits {

    private LockWaits() {}

    /** Bounds every lock wait of the current transaction; set_config(..., true) ends with the transaction. */
    public static void limit(EntityManager entityManager, Duration timeout) {
        entityManager
                .createNativeQuery("select set_config('lock_timeout', :timeout, true)")
                .setParameter("timeout", timeout.toMillis() + "ms")
                .getSingleResult();
    }

    /** The 503 problem for a lock that could not be had in time, or {@code e} itself when it is something else. */
    public static RuntimeException busyOr(PersistenceException e, String what) {
        if (isLockTimeout(e)) {
            return ProblemException.unavailable(
                    "busy", "Too many requests for " + what + " at once; try again in a moment");
        }
        return e;
    }

    public static boolean isLockTimeout(Throwable e) {
        return DatabaseBusy.isLockTimeout(e);
    }
}
