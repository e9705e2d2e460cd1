package org.guildhall.notifications.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.kit.paging.Page;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    private final ObjectMapper json;

    NotificationRepository(ObjectMapper json) {
        this.json = json;
    }

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
                                    (id, member_id, kind, category, critical, title, body, source_id, in_inbox, created_at,
                                     mentions, calendar)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as jsonb), cast(?12 as jsonb))
                                on conflict (source_id, member_id, kind) do nothing
                                """)
                        // writes only this row, which no pending change of the session touches (notifications are
                        // inserted here alone): no flush of the batch's pending changes before it (issue 17)
                        .setFlushMode(FlushModeType.COMMIT)
                        .setParameter(1, notification.id())
                        .setParameter(2, notification.memberId())
                        .setParameter(3, notification.kind())
                        .setParameter(4, notification.category().name())
                        .setParameter(5, notification.critical())
                        .setParameter(6, notification.titleTemplate())
                        .setParameter(7, notification.bodyTemplate())
                        .setParameter(8, notification.sourceId())
                        .setParameter(9, notification.inInbox())
                        .setParameter(10, notification.createdAt())
                        .setParameter(11, mentionsJson(notification))
                        .setParameter(12, calendarJson(notification))
                        .executeUpdate()
                == 1;
    }

    /**
     * Erasure of a member from other members' notifications: every mention of them keeps only what it says once
     * they are gone ("a former member", or their words left out); returns how many notifications changed.
     */
    public int forgetMentionsOf(String memberId) {
        return getEntityManager()
                .createNativeQuery(
                        """
                        update notification set mentions = (
                            select jsonb_agg(case when m ->> 'memberId' = ?1
                                                  then jsonb_build_object('whenGone', m -> 'whenGone') else m end
                                             order by i)
                            from jsonb_array_elements(mentions) with ordinality as t(m, i))
                        where mentions @> jsonb_build_array(jsonb_build_object('memberId', cast(?1 as text)))
                        """)
                .setParameter(1, memberId)
                .executeUpdate();
    }

    private String calendarJson(Notification notification) {
        try {
            return notification.calendar() == null ? null : json.writeValueAsString(notification.calendar());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unserialisable calendar entry", e);
        }
    }

    private String mentionsJson(Notification notification) {
        try {
            return json.writeValueAsString(notification.mentions());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unserialisable mentions", e);
        }
    }

    public long deleteOf(String memberId) {
        return delete("memberId", memberId);
    }
}
