package org.guildhall.testkit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;

/**
 * Records as a channel's consumer polls them, with the CloudEvents headers {@link TopicWriter} sends: a test hands a
 * batch of its choosing straight to a channel's method (the listener's {@code consume(ConsumerRecords)}), so that the
 * messages meet in one batch, which the broker does not promise.
 */
public final class PolledRecords {

    /** The member id the contract examples name (Ada Lovelace, ada@example.org). */
    public static final String EXAMPLE_MEMBER_ID = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";

    private PolledRecords() {}

    /** Event {@code eventId} of CloudEvents type {@code type} about {@code subject}, keyed by it, at offset 0. */
    public static ConsumerRecord<String, String> record(
            String topic, UUID eventId, String type, String subject, String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0, subject, payload);
        CloudEventsEnvelope.headers(eventId, type, subject).forEach(record.headers()::add);
        return record;
    }

    /**
     * The contract's example of {@code type} about member {@code memberId} (every occurrence of the examples' member id
     * replaced), with each key of {@code replacements} in it replaced by its value, as a fresh event keyed by the member.
     */
    public static ConsumerRecord<String, String> example(
            EventType<?> type, String memberId, Map<String, String> replacements) {
        String payload = ContractExamples.example(type).replace(EXAMPLE_MEMBER_ID, memberId);
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            payload = payload.replace(replacement.getKey(), replacement.getValue());
        }
        return record(type.topic(), UUID.randomUUID(), type.type(), memberId, payload);
    }

    /** The records as one poll of partition 0 of their topic, in this order. */
    public static ConsumerRecords<String, String> batch(List<ConsumerRecord<String, String>> records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(records.get(0).topic(), 0), records), Map.of());
    }

    /** The event id ({@code ce_id}) of a record. */
    public static UUID eventId(ConsumerRecord<String, String> record) {
        return UUID.fromString(TopicReader.header(record, "ce_id"));
    }
}
