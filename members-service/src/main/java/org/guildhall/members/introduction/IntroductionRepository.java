package org.guildhall.members.introduction;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.persistence.RowLocks;

@ApplicationScoped
public class IntroductionRepository implements PanacheRepositoryBase<Introduction, UUID> {

    private final Duration lockTimeout;

    IntroductionRepository(
            @ConfigProperty(name = "guildhall.members.lock-timeout", defaultValue = "2s") Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /** Introductions past their expiry, locked (kit {@link RowLocks}), so an answer given meanwhile is read again. */
    public List<Introduction> due(Instant now) {
        return RowLocks.waiting(getEntityManager(), lockTimeout, "introductions due for expiry", () -> find(
                        "status in ?1 and expiresAt <= ?2",
                        List.of(Introduction.Status.REQUESTED, Introduction.Status.FORWARDED),
                        now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, 500)
                .list());
    }

    public Page<Introduction> involving(String memberId, int page, int size) {
        PanacheQuery<Introduction> found = find(
                        "requesterId = ?1 or introducerId = ?1 or targetId = ?1",
                        Sort.descending("createdAt").and("id"),
                        memberId)
                .page(page, size);
        return new Page<>(found.list(), page, size, found.count());
    }

    public long deleteAllOf(String memberId) {
        return delete("requesterId = ?1 or introducerId = ?1 or targetId = ?1", memberId);
    }
}
