package org.guildhall.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.notifications.preference.EmailDecision;
import org.guildhall.notifications.preference.EmailDecision.Outcome;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration BACKOFF = Duration.ofMinutes(1);

    @Test
    void shouldTakeItsStatusFromThePreferencesDecision() {
        assertThat(planned(Outcome.SEND_NOW, NOW).status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(planned(Outcome.DEFER, NOW.plusSeconds(60)).status()).isEqualTo(DeliveryStatus.DEFERRED);
        assertThat(planned(Outcome.BATCH, NOW.plusSeconds(60)).status()).isEqualTo(DeliveryStatus.BATCHED);
        Delivery suppressed = planned(Outcome.SUPPRESS, null);
        assertThat(suppressed.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(suppressed.lastError()).isEqualTo("because");
    }

    @Test
    void shouldBeDueOnlyWhenPendingOrDeferredAndItsTimeHasCome() {
        Delivery deferred = planned(Outcome.DEFER, NOW.plusSeconds(60));

        assertThat(deferred.isDue(NOW)).isFalse();
        assertThat(deferred.isDue(NOW.plusSeconds(60))).isTrue();
        assertThat(planned(Outcome.BATCH, NOW).isDue(NOW)).isFalse();
    }

    @Test
    void shouldRetryWithDoublingBackoffThenFail() {
        Delivery delivery = planned(Outcome.SEND_NOW, NOW);

        delivery.attemptFailed("connection refused", NOW, 3, BACKOFF);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.dueAt()).isEqualTo(NOW.plus(BACKOFF));
        delivery.attemptFailed("connection refused", NOW, 3, BACKOFF);
        assertThat(delivery.dueAt()).isEqualTo(NOW.plus(BACKOFF.multipliedBy(2)));
        delivery.attemptFailed("connection refused", NOW, 3, BACKOFF);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastError()).isEqualTo("connection refused");
        assertThatThrownBy(() -> delivery.sent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRecordWhenItWasSent() {
        Delivery delivery = planned(Outcome.SEND_NOW, NOW);
        delivery.attemptFailed("timeout", NOW, 5, BACKOFF);

        delivery.sent(NOW.plusSeconds(90));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.sentAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.lastError()).isNull();
    }

    @Test
    void shouldGoInADigestOnlyWhenBatchedAndStayBatchedWhenTheDigestFails() {
        Delivery batched = planned(Outcome.BATCH, NOW);
        batched.digestFailed("refused", NOW, 5, BACKOFF);
        assertThat(batched.status()).isEqualTo(DeliveryStatus.BATCHED);

        batched.sentInDigest(NOW.plusSeconds(120));
        assertThat(batched.status()).isEqualTo(DeliveryStatus.SENT);
        assertThatThrownBy(() -> planned(Outcome.SEND_NOW, NOW).sentInDigest(NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldNeverSendASuppressedOne() {
        assertThatThrownBy(() -> planned(Outcome.SUPPRESS, null).sent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    private static Delivery planned(Outcome outcome, Instant dueAt) {
        return Delivery.planned(UUID.randomUUID(), "ada", "welcome", new EmailDecision(outcome, dueAt, "because"), NOW);
    }
}
