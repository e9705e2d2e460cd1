package org.guildhall.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.testkit.Postgres;
import org.hibernate.Session;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RowLocks on the testkit's PostgreSQL: two transactions, the second of which waits for the first's lock. */
class RowLocksTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    private static EntityManagerFactory sessions;

    @Entity
    @Table(name = "row_locks_seat")
    public static class Seat {
        @Id
        Long id;

        protected Seat() {}

        Seat(long id) {
            this.id = id;
        }
    }

    @BeforeAll
    static void start() {
        String url = Postgres.shared().ensureDatabase("kit_row_locks");
        // bootstrapped as JPA, as Quarkus does: a native query then flushes the pending changes first unless told not
        // to
        sessions = new HibernatePersistenceConfiguration("row-locks")
                .managedClass(Seat.class)
                .jdbcUrl(url)
                .jdbcCredentials(Postgres.USER, Postgres.PASSWORD)
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory();
        try (EntityManager em = sessions.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(new Seat(1));
            em.persist(new Seat(2));
            em.getTransaction().commit();
        }
    }

    @AfterAll
    static void stop() {
        sessions.close();
    }

    @Test
    void aLockHeldPastTheTimeoutShouldAnswerBusyForTheCallerToRetry() {
        inTransaction(holder -> {
            assertThat(RowLocks.lock(holder, Seat.class, 1L, SHORT, "seat 1")).isPresent();
            inTransaction(waiter -> assertThatThrownBy(() -> RowLocks.lock(waiter, Seat.class, 1L, SHORT, "seat 1"))
                    .isInstanceOfSatisfying(ProblemException.class, busy -> {
                        assertThat(busy.problem().status()).isEqualTo(503);
                        assertThat(busy.problem().type().toString()).endsWith("/busy");
                        assertThat(busy.problem().detail()).contains("seat 1");
                    }));
        });
    }

    @Test
    void anotherRowShouldNotWaitForTheHeldOne() {
        inTransaction(holder -> {
            RowLocks.lock(holder, Seat.class, 1L, SHORT, "seat 1");
            inTransaction(other -> assertThat(RowLocks.lock(other, Seat.class, 2L, SHORT, "seat 2"))
                    .isPresent());
        });
    }

    @Test
    void aRowThatIsNotThereShouldLockAsNothing() {
        inTransaction(em ->
                assertThat(RowLocks.lock(em, Seat.class, 99L, SHORT, "seat 99")).isEmpty());
    }

    @Test
    void aKeyLockHeldPastTheTimeoutShouldAnswerBusyToo() {
        inTransaction(holder -> {
            RowLocks.lockKey(holder, 7, "member-1", SHORT, "member-1");
            inTransaction(waiter -> assertThatThrownBy(() -> RowLocks.lockKey(waiter, 7, "member-1", SHORT, "member-1"))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            busy -> assertThat(busy.problem().status()).isEqualTo(503)));
            inTransaction(other -> RowLocks.lockKey(other, 7, "member-2", SHORT, "member-2"));
        });
    }

    @Test
    void aKeyLockShouldLeaveTheTransactionsPendingWritesToItsCommit() {
        inTransaction(em -> {
            em.persist(new Seat(3));
            RowLocks.lockKey(em, 7, "member-3", SHORT, "member-3");
            // a flush here, once per message of an inbox batch, cost the batch its JDBC batching (issue 17)
            assertThat(seatsOnTheConnection(em, 3)).isZero();
            em.flush();
            assertThat(seatsOnTheConnection(em, 3)).isOne();
        });
    }

    /** Seats with {@code id} that the transaction's own connection sees: what was flushed, not what is pending. */
    private static long seatsOnTheConnection(EntityManager em, long id) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query =
                    connection.prepareStatement("select count(*) from row_locks_seat where id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Runs {@code work} in a transaction that is rolled back, so every test finds the seats as they were. */
    private static void inTransaction(java.util.function.Consumer<EntityManager> work) {
        try (EntityManager em = sessions.createEntityManager()) {
            em.getTransaction().begin();
            try {
                work.accept(em);
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        }
    }
}
