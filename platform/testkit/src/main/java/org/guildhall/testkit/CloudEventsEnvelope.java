package org.guildhall.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The CloudEvents binary-mode headers a test message carries (docs/messaging.md), for {@link TopicWriter} and
 * {@link PolledRecords} alike: {@code ce_source} is {@code test} and {@code ce_time} the moment of the call.
 */
final class CloudEventsEnvelope {

    private CloudEventsEnvelope() {}

    /** The headers of event {@code eventId} (left out when null) of CloudEvents type {@code type} about {@code subject}. */
    static List<Header> headers(UUID eventId, String type, String subject) {
        List<Header> headers = new ArrayList<>();
        add(headers, "ce_specversion", "1.0");
        if (eventId != null) {
            add(headers, "ce_id", eventId.toString());
        }
        add(headers, "ce_type", type);
        add(headers, "ce_source", "test");
        add(headers, "ce_subject", subject);
        add(headers, "ce_time", Instant.now().toString());
        add(headers, "content-type", "application/json");
        return headers;
    }

    private static void add(List<Header> headers, String name, String value) {
        headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
