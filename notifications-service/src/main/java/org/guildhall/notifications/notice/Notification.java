package org.guildhall.notifications.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.notifications.vocabulary.CalendarEntry;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.Mention;
import org.guildhall.notifications.vocabulary.Mentions;
import org.guildhall.notifications.vocabulary.Notice;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message to a member: in their in-app inbox unless they switched the category's inbox off. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private String memberId;

    private String kind;

    @Enumerated(EnumType.STRING)
    private Category category;

    private boolean critical;
    private String title;
    private String body;

    @Column(name = "source_id")
    private UUID sourceId;

    /** What title and body say about other members; their placeholders are filled in when read. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Mention> mentions;

    /** What its e-mail puts in the member's calendar, if anything. */
    @JdbcTypeCode(SqlTypes.JSON)
    private CalendarEntry calendar;

    @Column(name = "in_inbox")
    private boolean inInbox;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Notification() {}

    public static Notification of(Notice notice, boolean inInbox, Instant now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.memberId = notice.memberId();
        notification.kind = notice.kind().slug();
        notification.category = notice.kind().category();
        notification.critical = notice.kind().critical();
        notification.title = notice.title().length() > 200 ? notice.title().substring(0, 199) + "…" : notice.title();
        notification.body = notice.body();
        notification.sourceId = notice.sourceId();
        notification.mentions = notice.mentions();
        notification.calendar = notice.calendar();
        notification.inInbox = inInbox;
        notification.createdAt = now;
        return notification;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** Out of the inbox list for good; archiving also reads it, so it no longer counts as unread. */
    public void archive(Instant now) {
        markRead(now);
        if (archivedAt == null) {
            archivedAt = now;
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String kind() {
        return kind;
    }

    public Category category() {
        return category;
    }

    public boolean critical() {
        return critical;
    }

    /** The title as it reads now: a member erased since reads "a former member". */
    public String title() {
        String shown = Mentions.render(title, mentions());
        return shown.length() > 200 ? shown.substring(0, 199) + "…" : shown;
    }

    /** The body as it reads now: an erased member's own words are gone. */
    public String body() {
        return Mentions.render(body, mentions());
    }

    /** The title as stored, placeholders included. */
    String titleTemplate() {
        return title;
    }

    /** The body as stored, placeholders included. */
    String bodyTemplate() {
        return body;
    }

    public List<Mention> mentions() {
        return mentions == null ? List.of() : mentions;
    }

    public CalendarEntry calendar() {
        return calendar;
    }

    public UUID sourceId() {
        return sourceId;
    }

    public boolean inInbox() {
        return inInbox;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public Instant archivedAt() {
        return archivedAt;
    }
}
