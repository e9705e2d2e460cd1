package org.guildhall.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Records as a channel's consumer polls them, with the CloudEvents headers {@link TopicWriter} sends: a test hands a
 * batch of its choosing straight to a channel's method (the listener's {@code consume(ConsumerRecords)}), so that the
 * messages meet in one batch, which the broker does not promise.
 */
public final class PolledRecords {

    private PolledRecords() {}

    /** Event {@code eventId} of CloudEvents type {@code type} about {@code subject}, keyed by it, at offset 0. */
    public static ConsumerRecord<String, String> record(
            String topic, UUID eventId, String type, String subject, String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0, subject, payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId.toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "test");
        header(record, "ce_subject", subject);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    /** The records as one poll of partition 0 of their topic, in this order. */
    public static ConsumerRecords<String, String> batch(List<ConsumerRecord<String, String>> records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(records.get(0).topic(), 0), records), Map.of());
    }

    /** The event id ({@code ce_id}) of a record. */
    public static UUID eventId(ConsumerRecord<String, String> record) {
        return UUID.fromString(TopicReader.header(record, "ce_id"));
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
