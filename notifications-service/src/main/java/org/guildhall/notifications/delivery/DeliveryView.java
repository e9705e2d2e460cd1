package org.guildhall.notifications.delivery;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.notifications.vocabulary.Channel;

/** Where one e-mail stands, for its member or an admin. */
public record DeliveryView(
        UUID id,
        UUID notificationId,
        String memberId,
        Channel channel,
        String kind,
        DeliveryStatus status,
        Instant dueAt,
        int attempts,
        String lastError,
        Instant sentAt,
        Instant createdAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(
                delivery.id(),
                delivery.notificationId(),
                delivery.memberId(),
                delivery.channel(),
                delivery.kind(),
                delivery.status(),
                delivery.dueAt(),
                delivery.attempts(),
                delivery.lastError(),
                delivery.sentAt(),
                delivery.createdAt());
    }
}
