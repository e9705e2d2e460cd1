package org.guildhall.notifications.notice;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.notifications.vocabulary.Category;

/** A notification as its recipient sees it. */
public record NotificationView(
        UUID id,
        String kind,
        Category category,
        boolean critical,
        String title,
        String body,
        Instant createdAt,
        Instant readAt,
        Instant archivedAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(
                notification.id(),
                notification.kind(),
                notification.category(),
                notification.critical(),
                notification.title(),
                notification.body(),
                notification.createdAt(),
                notification.readAt(),
                notification.archivedAt());
    }
}
