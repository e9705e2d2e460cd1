package org.guildhall.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2035-03-14T10:00:00Z");
    private static final RetrySchedule THREE_ATTEMPTS =
            new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), 3);

    @Test
    void shouldBeDueAgainAfterTheSchedulesPauseWhenAnAttemptFails() {
        WebhookDelivery delivery = pending();

        boolean gaveUp = delivery.attemptFailed(500, "answered 500", NOW, THREE_ATTEMPTS);

        assertThat(gaveUp).isFalse();
        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(delivery.lastStatusCode()).isEqualTo(500);
    }

    @Test
    void shouldFailForGoodWhenNoAttemptIsLeft() {
        WebhookDelivery delivery = pending();
        delivery.attemptFailed(500, "answered 500", NOW, THREE_ATTEMPTS);
        delivery.attemptFailed(null, "connection refused", NOW, THREE_ATTEMPTS);

        boolean gaveUp = delivery.attemptFailed(503, "answered 503", NOW, THREE_ATTEMPTS);

        assertThat(gaveUp).isTrue();
        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
        assertThat(delivery.dueAt()).isNull();
        assertThat(delivery.lastError()).isEqualTo("answered 503");
    }

    @Test
    void shouldForgetTheLastErrorOnceDelivered() {
        WebhookDelivery delivery = pending();
        delivery.attemptFailed(500, "answered 500", NOW, THREE_ATTEMPTS);

        delivery.delivered(204, NOW);

        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.lastError()).isNull();
        assertThat(delivery.deliveredAt()).isEqualTo(NOW);
    }

    private static WebhookDelivery pending() {
        return WebhookDelivery.pending(
                UUID.randomUUID(), UUID.randomUUID(), "guildhall.membership.MemberJoined.v1", "m-1", NOW);
    }
}
