package org.guildhall.mentoring;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.EventType;
import org.guildhall.testkit.TopicReader;

/** Waits for an event on {@code guildhall.mentoring} and checks it against the published language. */
public final class Topic {

    private Topic() {}

    public static ConsumerRecord<String, String> assertPublished(TopicReader topic, EventType<?> type, String key) {
        return topic.awaitConforming(type, key, "mentoring-service");
    }
}
