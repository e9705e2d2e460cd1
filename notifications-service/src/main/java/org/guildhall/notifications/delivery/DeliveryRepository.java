package org.guildhall.notifications.delivery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.persistence.RowLocks;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** The advisory lock class of a member's e-mail planning ("dlvp"), apart from other advisory locks. */
    private static final int PLANNING_LOCK_CLASS = 0x646c_7670;

    private final Duration lockTimeout;

    DeliveryRepository(
            @ConfigProperty(name = "guildhall.notifications.lock-timeout", defaultValue = "30s") Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /** Deliveries newest first; {@code memberId} and {@code status} narrow it when not null. */
    public Page<Delivery> list(String memberId, DeliveryStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (memberId != null) {
            query.append(" and memberId = :member");
            parameters.and("member", memberId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        PanacheQuery<Delivery> found = find(
                        query.toString(), Sort.descending("createdAt").and("id"), parameters)
                .page(page, size);
        return new Page<>(found.list(), page, size, found.count());
    }

    /** How many deliveries stand in each status. */
    public Map<DeliveryStatus, Long> countByStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        getEntityManager()
                .createQuery("select d.status, count(d) from Delivery d group by d.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Locks up to {@code limit} deliveries of {@code statuses} due by {@code now}, skipping rows another replica holds,
     * so each is sent by one replica.
     */
    @SuppressWarnings("unchecked")
    public List<Delivery> lockDue(List<DeliveryStatus> statuses, Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        """
                        select * from delivery
                        where status in (:statuses) and due_at <= :now
                        order by due_at, id
                        limit :limit
                        for update skip locked
                        """,
                        Delivery.class)
                .setParameter("statuses", statuses.stream().map(Enum::name).toList())
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * The member's e-mails not yet sent, locked (kit {@link RowLocks}); one the dispatcher holds is waited for, then
     * seen as it left it. The dispatcher holds a batch while it sends it over SMTP, so the wait is bounded by
     * {@code guildhall.notifications.lock-timeout} (30 s), longer than a batch's sending.
     */
    public List<Delivery> unsentOf(String memberId) {
        return RowLocks.waiting(getEntityManager(), lockTimeout, "the e-mails of member " + memberId, () -> find(
                        "memberId = ?1 and status in ?2",
                        memberId,
                        List.of(DeliveryStatus.PENDING, DeliveryStatus.DEFERRED, DeliveryStatus.BATCHED))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list());
    }

    /**
     * Takes the member's planning lock (kit {@link RowLocks#lockKey}, a transaction-scoped advisory lock), which
     * serialises planning an e-mail for a member not known yet with learning their contact; waits at most
     * {@code guildhall.notifications.lock-timeout}, then 503 {@code busy}.
     */
    public void lockPlanningOf(String memberId) {
        RowLocks.lockKey(
                getEntityManager(), PLANNING_LOCK_CLASS, memberId, lockTimeout, "the e-mails of member " + memberId);
    }

    public long deleteOf(String memberId) {
        return delete("memberId", memberId);
    }
}
