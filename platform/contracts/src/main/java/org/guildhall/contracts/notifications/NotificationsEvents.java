package org.guildhall.contracts.notifications;

import java.util.List;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;

/**
 * The events notifications-service publishes, on {@link Topics#NOTIFICATIONS}. It tells no other service about notices;
 * it publishes only its part of a member's own data archive, keyed by the export id.
 */
public final class NotificationsEvents {

    public static final EventType<MemberDataCollected> MEMBER_DATA_COLLECTED =
            new EventType<>(Topics.NOTIFICATIONS, "MemberDataCollected", 1, MemberDataCollected.class);

    public static final List<EventType<?>> ALL = List.of(MEMBER_DATA_COLLECTED);

    private NotificationsEvents() {}
}
