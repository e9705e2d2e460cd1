package org.guildhall.kit.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.guildhall.kit.problem.DatabaseBusy;
import org.guildhall.kit.problem.ProblemException;
import org.hibernate.Session;
import org.hibernate.jdbc.Work;

/**
 * Every pessimistic lock a service takes: a write lock (SELECT ... FOR UPDATE, or an advisory lock) held until the
 * transaction ends, whose wait is bounded by a lock timeout. A wait past the timeout answers 503 {@code busy} with
 * Retry-After, so callers retry rather than pile up behind one hot row. Repositories name their method {@code lock(id)}.
 *
 * <p>The statements here read no table, so they do not flush the transaction's pending changes first: they run as
 * plain JDBC on the session's connection. A native query writes every pending change of the persistence context
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

    /**
     * Takes the transaction-scoped advisory lock {@code (lockClass, hashtext(key))}, waiting at most {@code timeout}
     * (503 {@code busy} past it). One statement sets the transaction's lock timeout and then takes the lock: the
     * timeout is the inner query's, so it is in force before the lock is waited for.
     */
    public static void lockKey(EntityManager entityManager, int lockClass, String key, Duration timeout, String what) {
        try {
            onConnection(entityManager, connection -> {
                try (PreparedStatement lock =
                        connection.prepareStatement("select 1 from (select pg_advisory_xact_lock(?, hashtext(?))"
                                + " from (select set_config('lock_timeout', ?, true)) bounded) locked")) {
                    lock.setInt(1, lockClass);
                    lock.setString(2, key);
                    lock.setString(3, timeout.toMillis() + "ms");
                    lock.executeQuery().close();
                }
            });
        } catch (PersistenceException e) {
            throw busyOr(e, what);
        }
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
        onConnection(entityManager, connection -> {
            try (PreparedStatement bound = connection.prepareStatement("select set_config('lock_timeout', ?, true)")) {
                bound.setString(1, timeout.toMillis() + "ms");
                bound.executeQuery().close();
            }
        });
    }

    /**
     * Runs plain JDBC on the session's connection, in its transaction, without flushing its pending changes (the
     * statements here read no table). A Hibernate native query cost more CPU than the round trip it makes: parsing its
     * parameters, and scheduling a clean-up over every entity type, since it does not say what it touches (issue 17).
     * A failing statement surfaces as Hibernate's {@code JDBCException}, a {@link PersistenceException}.
     */
    private static void onConnection(EntityManager entityManager, Work work) {
        entityManager.unwrap(Session.class).doWork(work);
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
