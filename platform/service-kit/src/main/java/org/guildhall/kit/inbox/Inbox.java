package org.guildhall.kit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.guildhall.contracts.CloudEventHeaders;
import org.jboss.logging.Logger;

/**
 * Idempotent consumption (DESIGN §4). Each attempt runs the handler in a new transaction together with the
 * {@code processed_message} insert, so an event acts once however often it is delivered. A failing handler is retried
 * with backoff; after the last attempt the exception propagates, and the channel's {@code dead-letter-queue} failure
 * strategy parks the message, with the error, on the dead-letter topic and goes on.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final ObjectMapper json;
    private final ProcessedMessages processed;
    private final InboxSettings settings;

    Inbox(ObjectMapper json, ProcessedMessages processed, InboxSettings settings) {
        this.json = json;
        this.processed = processed;
        this.settings = settings;
    }

    /** Hands {@code record} to its handler once; returns whether a handler acted on it. */
    public boolean process(ConsumerRecord<String, String> record, EventHandlers handlers) {
        String type = header(record, CloudEventHeaders.TYPE);
        if (type == null) {
            throw new PoisonMessage("message at " + position(record) + " has no " + CloudEventHeaders.TYPE, null);
        }
        return handlers.forType(type)
                .map(registration -> handle(record, registration))
                .orElse(false);
    }

    private <P> boolean handle(ConsumerRecord<String, String> record, EventHandlers.Registration<P> registration) {
        IncomingEvent<P> event = read(record, registration);
        long pause = settings.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!processed.markProcessed(event.id(), event.type())) {
                        LOG.debugf("Skipping duplicate %s %s", event.type(), event.id());
                        return false;
                    }
                    registration.handler().accept(event);
                    return true;
                });
            } catch (RuntimeException e) {
                if (attempt >= settings.maxAttempts()) {
                    LOG.errorf(e, "Giving up on %s %s after %d attempts", event.type(), event.id(), attempt);
                    throw e;
                }
                LOG.warnf(
                        "Attempt %d of %s %s failed, retrying: %s", attempt, event.type(), event.id(), e.getMessage());
                pause(pause);
                pause *= 2;
            }
        }
    }

    private <P> IncomingEvent<P> read(
            ConsumerRecord<String, String> record, EventHandlers.Registration<P> registration) {
        try {
            String time = header(record, CloudEventHeaders.TIME);
            return new IncomingEvent<>(
                    UUID.fromString(header(record, CloudEventHeaders.ID)),
                    registration.type().type(),
                    header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT),
                    time == null ? null : Instant.parse(time),
                    json.readValue(record.value(), registration.type().payloadType()));
        } catch (Exception e) {
            throw new PoisonMessage(
                    "unreadable " + registration.type().type() + " at " + position(record) + ": " + e.getMessage(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static void pause(long millis) {
        try {
            // a retry backoff on the consumer's worker thread; the partition waits, which keeps its order
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between attempts", e);
        }
    }
}
