package org.guildhall.notifications.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.guildhall.kit.paging.Page;
import org.hibernate.Session;

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
     *
     * <p>Plain JDBC on the session's connection (in its transaction), not a Hibernate native query: that costs a
     * quarter of an inbox worker's CPU per notification (parsing the statement's parameters, and scheduling a bulk
     * clean-up over every entity type since a native statement does not say what it touches), and flushing nothing
     * is what this insert needs: it writes only this row, which no pending change of the session touches (issue 17).
     */
    public boolean storeOnce(Notification notification) {
        String mentions = mentionsJson(notification);
        String calendar = calendarJson(notification);
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    insert into notification
                        (id, member_id, kind, category, critical, title, body, source_id, in_inbox, created_at,
                         mentions, calendar)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                    on conflict (source_id, member_id, kind) do nothing
                    """)) {
                insert.setObject(1, notification.id());
                insert.setString(2, notification.memberId());
                insert.setString(3, notification.kind());
                insert.setString(4, notification.category().name());
                insert.setBoolean(5, notification.critical());
                insert.setString(6, notification.titleTemplate());
                insert.setString(7, notification.bodyTemplate());
                insert.setObject(8, notification.sourceId());
                insert.setBoolean(9, notification.inInbox());
                insert.setObject(10, notification.createdAt().atOffset(ZoneOffset.UTC));
                insert.setString(11, mentions);
                insert.setString(12, calendar);
                return insert.executeUpdate() == 1;
            }
        });
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
