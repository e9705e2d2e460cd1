package org.guildhall.events.event;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.persistence.RowLocks;
import org.guildhall.kit.problem.ProblemException;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    private final Duration lockTimeout;
    private final TransactionSynchronizationRegistry transactions;
    private final Timer lockHeld;

    EventRepository(
            @ConfigProperty(name = "guildhall.events.lock-timeout", defaultValue = "2s") Duration lockTimeout,
            TransactionSynchronizationRegistry transactions,
            MeterRegistry meters) {
        this.lockTimeout = lockTimeout;
        this.transactions = transactions;
        this.lockHeld = Timer.builder("guildhall.events.event.lock.held")
                .description("From taking an event's row lock to the end of its transaction, which releases it")
                .register(meters);
    }

    public Event find(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("event", id.toString()));
    }

    /**
     * Locks the event row (SELECT ... FOR UPDATE) until the transaction ends: registrations, cancellations and offers
     * of one event queue here, other events go on. A wait longer than {@code guildhall.events.lock-timeout} answers
     * 503, so callers retry rather than pile up.
     */
    public Event lock(UUID id) {
        Event event = RowLocks.lock(getEntityManager(), Event.class, id, lockTimeout, "event " + id)
                .orElseThrow(() -> ProblemException.notFound("event", id.toString()));
        timeHeldUntilTransactionEnds(id);
        return event;
    }

    /** Times the lock on {@code id} (metric {@code guildhall.events.event.lock.held}) until commit or rollback. */
    private void timeHeldUntilTransactionEnds(UUID id) {
        String key = EventRepository.class.getName() + ".lock." + id;
        if (transactions.getResource(key) != null) {
            return; // locked again in the same transaction: the first lock's clock runs on
        }
        transactions.putResource(key, Boolean.TRUE);
        long taken = System.nanoTime();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                lockHeld.record(System.nanoTime() - taken, TimeUnit.NANOSECONDS);
            }
        });
    }

    public io.quarkus.hibernate.orm.panache.PanacheQuery<Event> browse(EventFilter filter) {
        StringBuilder where = new StringBuilder("status in :statuses");
        Parameters parameters = Parameters.with("statuses", filter.statuses());
        if (filter.from() != null) {
            where.append(" and endsAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and startsAt < :to");
            parameters.and("to", filter.to());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(title) like :text escape '\\' or lower(coalesce(description, '')) like :text"
                    + " escape '\\' or lower(coalesce(venue, '')) like :text escape '\\')");
            parameters.and("text", "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (Boolean.TRUE.equals(filter.hasSeats())) {
            where.append(" and seatsTaken < capacity");
        }
        return find(where.toString(), Sort.by("startsAt").and("id"), parameters);
    }

    public List<Event> page(io.quarkus.hibernate.orm.panache.PanacheQuery<Event> query, int page, int size) {
        return new ArrayList<>(query.page(Page.of(page, size)).list());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The filters of the event list; {@code null} means no filter. */
    public record EventFilter(
            List<EventStatus> statuses, Instant from, Instant to, EventKind kind, String text, Boolean hasSeats) {}
}
