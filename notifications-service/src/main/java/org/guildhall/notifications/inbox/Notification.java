package org.guildhall.notifications.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message in a member's in-app inbox. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private String memberId;

    private String kind;
    private String title;
    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public static Notification to(String memberId, String kind, String title, String body, Instant now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.memberId = memberId;
        notification.kind = kind;
        notification.title = title;
        notification.body = body;
        notification.createdAt = now;
        return notification;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
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

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
