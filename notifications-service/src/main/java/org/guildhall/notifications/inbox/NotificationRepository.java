package org.guildhall.notifications.inbox;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.kit.paging.Page;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    private static final String IN_INBOX = "memberId = ?1 and inInbox = true and archivedAt is null";

    /** A member's inbox, newest first, without what they archived. */
    public Page<Notification> inbox(String memberId, boolean unreadOnly, int page, int size) {
        String query = unreadOnly ? IN_INBOX + " and readAt is null" : IN_INBOX;
        PanacheQuery<Notification> found =
                find(query, Sort.descending("createdAt").and("id"), memberId).page(page, size);
        return new Page<>(found.list(), page, size, found.count());
    }

    public long unreadCount(String memberId) {
        return count(IN_INBOX + " and readAt is null", memberId);
    }

    /** Marks every unread notification of the member read; returns how many. */
    public int markAllRead(String memberId, Instant now) {
        return update("readAt = ?2 where " + IN_INBOX + " and readAt is null", memberId, now);
    }

    /**
     * Stores the notification unless one with the same (source, recipient, kind) exists; returns whether it did. The
     * unique key decides, so a second replica or a redelivered event cannot store it twice.
     */
    public boolean storeOnce(Notification notification) {
        return getEntityManager()
                        .createNativeQuery(
                                """
                                insert into notification
                                    (id, member_id, kind, category, critical, title, body, source_id, in_inbox, created_at)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                                on conflict (source_id, member_id, kind) do nothing
                                """)
                        .setParameter(1, notification.id())
                        .setParameter(2, notification.memberId())
                        .setParameter(3, notification.kind())
                        .setParameter(4, notification.category().name())
                        .setParameter(5, notification.critical())
                        .setParameter(6, notification.title())
                        .setParameter(7, notification.body())
                        .setParameter(8, notification.sourceId())
                        .setParameter(9, notification.inInbox())
                        .setParameter(10, notification.createdAt())
                        .executeUpdate()
                == 1;
    }

    public long deleteOf(String memberId) {
        return delete("memberId", memberId);
    }
}
