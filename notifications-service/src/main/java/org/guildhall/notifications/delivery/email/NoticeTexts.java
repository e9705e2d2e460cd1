package org.guildhall.notifications.delivery.email;

import java.util.Optional;
import java.util.UUID;
import org.guildhall.notifications.vocabulary.CalendarEntry;

/**
 * What an e-mail says: a notification's title and body as they read now (a member erased since is "a former member",
 * their words gone). The notice feature answers it, so the dispatcher needs nothing of that feature.
 */
public interface NoticeTexts {

    Optional<NoticeText> of(UUID notificationId);

    /** A notification's words. */
    record NoticeText(String title, String body, CalendarEntry calendar) {}
}
