package org.guildhall.notifications.inbox;

import java.time.Instant;
import java.util.UUID;

/** A notification as its recipient sees it. */
public record NotificationView(UUID id, String kind, String title, String body, Instant createdAt, Instant readAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(
                notification.id(),
                notification.kind(),
                notification.title(),
                notification.body(),
                notification.createdAt(),
                notification.readAt());
    }
}
