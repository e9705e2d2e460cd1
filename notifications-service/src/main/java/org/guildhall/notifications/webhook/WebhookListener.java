package org.guildhall.notifications.webhook;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads all three topics in its own consumer group ({@code notifications-service-webhooks}), so webhooks neither wait
 * for nor hold up the notices, and hands every record to {@link WebhookIntake}. One consumer per channel reads its
 * partitions in order, so one aggregate's events are planned in order.
 */
@ApplicationScoped
public class WebhookListener {

    private final WebhookIntake intake;

    WebhookListener(WebhookIntake intake) {
        this.intake = intake;
    }

    @Incoming("webhook-membership")
    @Blocking
    public void membership(ConsumerRecords<String, String> records) {
        intake.take(records);
    }

    @Incoming("webhook-events")
    @Blocking
    public void events(ConsumerRecords<String, String> records) {
        intake.take(records);
    }

    @Incoming("webhook-mentoring")
    @Blocking
    public void mentoring(ConsumerRecords<String, String> records) {
        intake.take(records);
    }
}
