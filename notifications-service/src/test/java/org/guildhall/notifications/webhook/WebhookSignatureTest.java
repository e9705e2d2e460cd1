package org.guildhall.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void shouldSignAsTheStandardWebhooksSpecificationsExample() {
        // the example of the specification's reference libraries
        String signature = WebhookSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L,
                "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldMakeSecretsTheSpecificationAccepts() {
        assertThat(WebhookSignature.isValidSecret(WebhookSignature.newSecret())).isTrue();
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(WebhookSignature.newSecret());
        assertThat(WebhookSignature.isValidSecret("whsec_c2hvcnQ=")).isFalse();
        assertThat(WebhookSignature.isValidSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isFalse();
        assertThat(WebhookSignature.isValidSecret("whsec_not base64!")).isFalse();
    }

    @Test
    void shouldRetryWithDoublingPausesForMoreThanADayByDefault() {
        RetrySchedule defaults = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(8), 14);

        assertThat(defaults.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.pauseAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.pauseAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(defaults.pauseAfter(13)).isEqualTo(Duration.ofHours(8));
        assertThat(defaults.span()).isGreaterThan(Duration.ofDays(1));
        assertThat(defaults.exhaustedAfter(13)).isFalse();
        assertThat(defaults.exhaustedAfter(14)).isTrue();
    }
}
