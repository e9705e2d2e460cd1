package org.guildhall.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.PolledRecords;
import org.guildhall.testkit.TopicWriter;

/**
 * The contract examples, with every id in them replaced by a fresh one, the same fresh one each time it recurs: one
 * scenario's events belong together (same member, same event) and never meet another test's.
 */
public final class Scenario {

    /** The member the examples are mostly about (joiner, registrant, requester, mentee). */
    public static final String ADA = "5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11";
    /** The other member (recipient of a request, introducer, mentor). */
    public static final String GRACE = "9c3f1d2a-7b6e-4f5a-8c9d-0e1f2a3b4c5d";
    /** The third member (introduction target, interview host). */
    public static final String LINUS = "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a";
    /** The event of the events examples. */
    public static final String EVENT = "e7a1c2d3-4b5c-4d6e-9f0a-1b2c3d4e5f60";

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static TopicWriter writer;

    private final Map<String, String> fresh = new HashMap<>();

    /** The fresh id this scenario uses for the example's {@code exampleId}. */
    public String id(String exampleId) {
        return fresh.computeIfAbsent(exampleId, any -> UUID.randomUUID().toString());
    }

    /** The example of {@code type} with this scenario's ids; {@code as} first swaps example ids (e.g. ADA to GRACE). */
    public String example(EventType<?> type, Map<String, String> as) {
        String json = ContractExamples.example(type);
        for (Map.Entry<String, String> swap : as.entrySet()) {
            json = json.replace(swap.getKey(), swap.getValue());
        }
        Matcher ids = ID.matcher(json);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(out, id(ids.group()));
        }
        ids.appendTail(out);
        return out.toString();
    }

    public String example(EventType<?> type) {
        return example(type, Map.of());
    }

    /** Publishes the example as its producer would: keyed by the event for guildhall.events, else by the member. */
    public UUID send(EventType<?> type) {
        return send(type, Map.of());
    }

    public UUID send(EventType<?> type, Map<String, String> as) {
        UUID eventId = UUID.randomUUID();
        send(eventId, type, as);
        return eventId;
    }

    public void send(UUID eventId, EventType<?> type, Map<String, String> as) {
        String key = type.topic().equals(Topics.EVENTS) ? id(EVENT) : id(ADA);
        writer().send(type.topic(), eventId, type.type(), key, example(type, as));
    }

    public void sendAll(List<EventType<?>> types) {
        types.forEach(this::send);
    }

    /**
     * The example as a consumer polls it, with a fresh event id, keyed as {@link #send} publishes it; the testkit's
     * {@link PolledRecords#batch} makes a batch of such records.
     */
    public ConsumerRecord<String, String> record(EventType<?> type, Map<String, String> as) {
        String key = type.topic().equals(Topics.EVENTS) ? id(EVENT) : id(ADA);
        return PolledRecords.record(type.topic(), UUID.randomUUID(), type.type(), key, example(type, as));
    }

    private static synchronized TopicWriter writer() {
        if (writer == null) {
            writer = new TopicWriter(KafkaBroker.shared().bootstrapServers());
        }
        return writer;
    }
}
