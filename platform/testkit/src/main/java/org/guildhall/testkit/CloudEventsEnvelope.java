package org.guildhall.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.guildhall.contracts.CloudEventHeaders;

/**
 * The CloudEvents binary-mode headers a test message carries (docs/messaging.md), for {@link TopicWriter} and
 * {@link PolledRecords} alike, and for benchmarks that publish: {@code ce_source} is {@code test} and {@code ce_time}
 * the moment of the call; the names are {@link CloudEventHeaders}'.
 */
public final class CloudEventsEnvelope {

    private CloudEventsEnvelope() {}

    /** The headers of event {@code eventId} (left out when null) of CloudEvents type {@code type} about {@code subject}. */
    public static List<Header> headers(UUID eventId, String type, String subject) {
        List<Header> headers = new ArrayList<>();
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        if (eventId != null) {
            add(headers, CloudEventHeaders.ID, eventId.toString());
        }
        add(headers, CloudEventHeaders.TYPE, type);
        add(headers, CloudEventHeaders.SOURCE, "test");
        add(headers, CloudEventHeaders.SUBJECT, subject);
        add(headers, CloudEventHeaders.TIME, Instant.now().toString());
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    private static void add(List<Header> headers, String name, String value) {
        headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
