package org.guildhall.notifications.notice;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.notifications.delivery.email.NoticeTexts;

/** The words of a stored notification, for its e-mail. */
@ApplicationScoped
class NotificationTexts implements NoticeTexts {

    private final NotificationRepository notifications;

    NotificationTexts(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<NoticeText> of(UUID notificationId) {
        return notifications
                .findByIdOptional(notificationId)
                .map(notification ->
                        new NoticeText(notification.title(), notification.body(), notification.calendar()));
    }
}
