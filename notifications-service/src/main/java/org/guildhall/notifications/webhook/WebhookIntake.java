package org.guildhall.notifications.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.EventTypes;
import org.guildhall.contracts.NamesMembers;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.inbox.ErasedMembers;
import org.jboss.logging.Logger;

/**
 * Keeps each consumed domain event that an enabled endpoint wants, with one pending delivery per such endpoint, in
 * one transaction per polled batch. Nothing is sent here: {@link WebhookDispatcher} sends after this commits. Both
 * inserts are {@code on conflict do nothing}, so an event consumed twice is planned once.
 */
@ApplicationScoped
public class WebhookIntake {

    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Clock clock;
    private final ErasedMembers erasedMembers;

    WebhookIntake(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            ObjectMapper json,
            Clock clock,
            ErasedMembers erasedMembers) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
        this.erasedMembers = erasedMembers;
    }

    /**
     * Returns how many deliveries were planned. The records are taken in their order: a {@code MemberErased} erases
     * what was kept of the member before it, in earlier batches and in this one; a kept event that names a member the
     * service erased before ({@code erased_member}, docs/messaging.md "An erasure outlasts late events") is erased
     * at the end of the batch, as the erasure would have.
     */
    public int take(Iterable<ConsumerRecord<String, String>> records) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<WebhookEndpoint> enabled = endpoints.enabled();
            Instant now = Instant.now(clock);
            int planned = 0;
            Set<String> named = new LinkedHashSet<>();
            for (ConsumerRecord<String, String> record : records) {
                if (!enabled.isEmpty()) {
                    planned += take(record, enabled, now, named);
                }
                if (MembershipEvents.MEMBER_ERASED.type().equals(header(record, CloudEventHeaders.TYPE))
                        && record.key() != null) {
                    deliveries.eraseAbout(record.key(), MembershipEvents.MEMBER_ERASED.type());
                }
            }
            for (String erased : erasedMembers.amongst(named).keySet()) {
                deliveries.eraseAbout(erased, MembershipEvents.MEMBER_ERASED.type());
            }
            return planned;
        });
    }

    private int take(
            ConsumerRecord<String, String> record, List<WebhookEndpoint> enabled, Instant now, Set<String> named) {
        String type = header(record, CloudEventHeaders.TYPE);
        String id = header(record, CloudEventHeaders.ID);
        if (type == null || id == null || enabled.stream().noneMatch(endpoint -> endpoint.wants(type))) {
            return 0;
        }
        UUID messageId;
        String body;
        String subject = header(record, CloudEventHeaders.SUBJECT);
        subject = subject != null ? subject : record.key() != null ? record.key() : id;
        try {
            messageId = UUID.fromString(id);
            body = body(type, subject, header(record, CloudEventHeaders.TIME), record.value());
        } catch (Exception e) {
            // the domain consumer parks such a message on the dead-letter topic; webhooks leave it out
            LOG.warnf(
                    "Not sending unreadable %s at %s-%d@%d to webhooks: %s",
                    type, record.topic(), record.partition(), record.offset(), e.getMessage());
            return 0;
        }
        deliveries.storeMessageOnce(messageId, type, subject, body, now);
        named.addAll(membersNamedBy(type, record.value()));
        int planned = 0;
        for (WebhookEndpoint endpoint : enabled) {
            if (endpoint.wants(type)
                    && deliveries.planOnce(WebhookDelivery.pending(endpoint.id(), messageId, type, subject, now))) {
                planned++;
            }
        }
        return planned;
    }

    /** The members a kept event names ({@link NamesMembers}), read with the contract's record; none if unreadable. */
    private List<String> membersNamedBy(String type, String payload) {
        return EventTypes.byType(type)
                .filter(known -> NamesMembers.class.isAssignableFrom(known.payloadType()))
                .map(known -> {
                    try {
                        return ((NamesMembers) json.readValue(payload, known.payloadType())).namedMembers();
                    } catch (Exception e) {
                        return List.<String>of();
                    }
                })
                .orElse(List.of());
    }

    /** The Standard Webhooks payload shape: {@code {type, timestamp, data}}, plus the aggregate as {@code subject}. */
    private String body(String type, String subject, String time, String payload) throws Exception {
        JsonNode data = json.readTree(payload);
        if (data == null) {
            throw new IllegalArgumentException("no payload");
        }
        ObjectNode body = json.createObjectNode();
        body.put("type", type);
        body.put("timestamp", time);
        body.put("subject", subject);
        body.set("data", data);
        return json.writeValueAsString(body);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
