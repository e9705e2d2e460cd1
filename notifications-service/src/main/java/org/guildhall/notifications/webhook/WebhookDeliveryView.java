package org.guildhall.notifications.webhook;

import java.time.Instant;
import java.util.UUID;

/** One line of an endpoint's delivery log. */
public record WebhookDeliveryView(
        UUID id,
        String webhookId,
        String eventType,
        String subject,
        WebhookDeliveryStatus status,
        int attempts,
        Integer lastStatusCode,
        String lastError,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant createdAt) {

    static WebhookDeliveryView of(WebhookDelivery delivery) {
        return new WebhookDeliveryView(
                delivery.id(),
                delivery.messageId().toString(),
                delivery.eventType(),
                delivery.subject(),
                delivery.status(),
                delivery.attempts(),
                delivery.lastStatusCode(),
                delivery.lastError(),
                delivery.dueAt(),
                delivery.deliveredAt(),
                delivery.createdAt());
    }
}
