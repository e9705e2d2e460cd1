package org.guildhall.members.introduction;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.kit.paging.Page;

@ApplicationScoped
public class IntroductionRepository implements PanacheRepositoryBase<Introduction, UUID> {

    public List<Introduction> due(Instant now) {
        return find(
                        "status in ?1 and expiresAt <= ?2",
                        List.of(Introduction.Status.REQUESTED, Introduction.Status.FORWARDED),
                        now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, 500)
                .list();
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
