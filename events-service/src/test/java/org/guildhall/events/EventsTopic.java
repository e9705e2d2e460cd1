package org.guildhall.events;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;

/** What events-service published on guildhall.events, read back as a consumer would. */
public final class EventsTopic implements AutoCloseable {

    private final TopicReader reader =
            TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.EVENTS);

    /** Waits for the event's first message of {@code type}, checks its envelope and its contract, returns it. */
    public ConsumerRecord<String, String> awaitConforming(EventType<?> type, String eventId) {
        return reader.awaitConforming(type, eventId, "events-service");
    }

    public List<ConsumerRecord<String, String>> ofType(EventType<?> type, String eventId) {
        return reader.ofType(type, eventId);
    }

    public List<String> types(String eventId) {
        return reader.recordsWithKey(eventId).stream()
                .map(record -> TopicReader.header(record, CloudEventHeaders.TYPE))
                .toList();
    }

    @Override
    public void close() {
        reader.close();
    }
}
