package org.guildhall.members.connection;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.kit.paging.Page;

@ApplicationScoped
public class ConnectionRepository implements PanacheRepositoryBase<Connection, UUID> {

    public Optional<Connection> between(String one, String other) {
        String low = one.compareTo(other) < 0 ? one : other;
        String high = one.compareTo(other) < 0 ? other : one;
        return find("memberId = ?1 and otherMemberId = ?2", low, high).firstResultOptional();
    }

    public boolean connected(String one, String other) {
        return between(one, other).isPresent();
    }

    public Page<Connection> of(String memberId, int page, int size) {
        PanacheQuery<Connection> found = find(
                        "memberId = ?1 or otherMemberId = ?1",
                        Sort.descending("establishedAt").and("id"),
                        memberId)
                .page(page, size);
        return new Page<>(found.list(), page, size, found.count());
    }

    public long deleteAllOf(String memberId) {
        return delete("memberId = ?1 or otherMemberId = ?1", memberId);
    }
}
