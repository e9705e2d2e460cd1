package org.guildhall.members.connection;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.guildhall.kit.paging.Page;

@ApplicationScoped
public class ConnectionRequestRepository implements PanacheRepositoryBase<ConnectionRequest, UUID> {

    public boolean pendingBetween(String one, String other) {
        return count(
                        "status = ?1 and ((requesterId = ?2 and recipientId = ?3) or (requesterId = ?3 and recipientId = ?2))",
                        ConnectionRequest.Status.PENDING,
                        one,
                        other)
                > 0;
    }

    /** Pending requests to ({@code incoming}) or from the member, newest first. */
    public Page<ConnectionRequest> pending(String memberId, boolean incoming, int page, int size) {
        String side = incoming ? "recipientId" : "requesterId";
        PanacheQuery<ConnectionRequest> found = find(
                        side + " = ?1 and status = ?2",
                        Sort.descending("requestedAt").and("id"),
                        memberId,
                        ConnectionRequest.Status.PENDING)
                .page(page, size);
        return new Page<>(found.list(), page, size, found.count());
    }

    public long deleteAllOf(String memberId) {
        return delete("requesterId = ?1 or recipientId = ?1", memberId);
    }
}
