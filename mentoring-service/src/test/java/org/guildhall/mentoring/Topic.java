package org.guildhall.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;
import org.guildhall.testkit.TopicReader;

/** Waits for an event on {@code guildhall.mentoring} and checks it against the published language. */
public final class Topic {

    private Topic() {}

    public static ConsumerRecord<String, String> assertPublished(TopicReader topic, EventType<?> type, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.recordsWithKey(key).stream()
                .anyMatch(record -> type.type().equals(TopicReader.header(record, CloudEventHeaders.TYPE))));
        ConsumerRecord<String, String> record = topic.recordsWithKey(key).stream()
                .filter(candidate -> type.type().equals(TopicReader.header(candidate, CloudEventHeaders.TYPE)))
                .findFirst()
                .orElseThrow();
        assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("mentoring-service");
        assertThat(TopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(key);
        ContractExamples.assertConforms(type, record.value());
        return record;
    }
}
