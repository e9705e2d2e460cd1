package org.guildhall.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.guildhall.local.Platform;
import org.guildhall.testkit.KafkaBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/messaging.md: a member can join while Kafka is down (the event waits in members-service's outbox), and once the broker
 * is back they are welcomed, exactly once.
 */
@ExtendWith(GuildhallPlatform.class)
class BrokerOutageIT {

    @Test
    void shouldWelcomeAMemberWhoJoinedWhileTheBrokerWasDownOnceItIsBack(Platform platform) {
        Api api = new Api(platform);
        String token = platform.tokens().member("outage-" + UUID.randomUUID());
        KafkaBroker kafka = platform.kafka();

        kafka.stop();
        try {
            assertThat(kafka.isRunning()).isFalse();
            api.join(token).then().statusCode(201);
            assertThat(api.welcomes(token)).as("no welcome without a broker").isEmpty();
        } finally {
            kafka.start();
        }

        await("the welcome notification after the outage")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(api.welcomes(token)).hasSize(1));
        await("no second welcome")
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(api.welcomes(token)).hasSize(1));
    }
}
