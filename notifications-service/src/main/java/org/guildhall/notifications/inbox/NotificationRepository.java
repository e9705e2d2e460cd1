package org.guildhall.notifications.inbox;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.guildhall.kit.paging.Page;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** A member's inbox, newest first. */
    public Page<Notification> inbox(String memberId, boolean unreadOnly, int page, int size) {
        String query = unreadOnly ? "memberId = ?1 and readAt is null" : "memberId = ?1";
        PanacheQuery<Notification> found =
                find(query, Sort.descending("createdAt").and("id"), memberId).page(page, size);
        return new Page<>(found.list(), page, size, found.count());
    }
}
