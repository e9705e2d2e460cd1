package org.guildhall.kit.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.guildhall.kit.problem.DatabaseBusy;
import org.guildhall.kit.problem.ProblemException;

/**
 * Every pessimistic lock a service takes: a write lock (SELECT ... FOR UPDATE, or an advisory lock) held until the
 * transaction ends, whose wait is bounded by a lock timeout. A wait past the timeout answers 503 {@code busy} with
 * Retry-After, so callers retry rather than pile up behind one hot row. Repositories name their method {@code lock(id)}.
 *
 * <p>The native statements here read no table, so they do not flush the transaction's pending changes first
 * ({@code FlushModeType.COMMIT}): a native query without it writes every pending change of the persistence context
 * before it runs, which, once per message of a polled batch, cost the inbox its JDBC batching (issue 17).
 */
public final class RowLocks {

    private RowLocks() {}

    /** Locks the row of {@code type} with {@code id} for the transaction; empty when there is no such row. */
    public static <T> Optional<T> lock(
            EntityManager entityManager, Class<T> type, Object id, Duration timeout, String what) {
        return waiting(
                entityManager,
                timeout,
                what,
                () -> Optional.ofNullable(entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE)));
    }

    /** Locks an entity this transaction has already read, and re-reads it, so what it holds is current. */
    public static void relock(EntityManager entityManager, Object entity, Duration timeout, String what) {
        waiting(entityManager, timeout, what, () -> {
            entityManager.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
            return null;
        });
    }

    /** Takes the transaction-scoped advisory lock {@code (lockClass, hashtext(key))}. */
    public static void lockKey(EntityManager entityManager, int lockClass, String key, Duration timeout, String what) {
        waiting(entityManager, timeout, what, () -> entityManager
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(:class, hashtext(:key))) locked")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("class", lockClass)
                .setParameter("key", key)
                .getSingleResult());
    }

    /** Runs a locking query (e.g. Panache's {@code withLock(PESSIMISTIC_WRITE)}) with the wait bounded. */
    public static <T> T waiting(EntityManager entityManager, Duration timeout, String what, Supplier<T> locking) {
        limit(entityManager, timeout);
        try {
            return locking.get();
        } catch (PersistenceException e) {
            throw busyOr(e, what);
        }
    }

    /** Bounds every lock wait of the current transaction; set_config(..., true) ends with the transaction. */
    public static void limit(EntityManager entityManager, Duration timeout) {
        entityManager
                .createNativeQuery("select set_config('lock_timeout', :timeout, true)")
                .setFlushMode(FlushModeType.COMMIT)
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
