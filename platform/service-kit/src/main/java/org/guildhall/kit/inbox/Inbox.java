package org.guildhall.kit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.NamesMembers;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.contracts.membership.MemberJoined;
import org.jboss.logging.Logger;

/**
 * Idempotent consumption (docs/messaging.md). Handlers run in a transaction together with the {@code processed_message}
 * insert, so an event acts once however often it is delivered. A batch polled from Kafka is handled in one transaction
 * (one commit, and one {@code processed_message} insert, for many messages); when that fails, each message of the batch is tried on its own, a failing handler
 * retried with backoff, and a message that still fails, or that no retry can fix, is parked with its error on the
 * dead-letter topic ({@link Topics#deadLetter}, the consumer group being the application's name) and the rest go on.
 *
 * <p>A channel reads batches ({@code batch=true}) with {@code failure-strategy=fail}: the batch fails only when the
 * dead-letter topic cannot be reached, and then the consumer stops rather than skip a message.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final ObjectMapper json;
    private final ProcessedMessages processed;
    private final InboxSettings settings;
    private final DeadLetters deadLetters;
    private final ErasedMembers erasedMembers;
    private final Event<ErasedMemberNamed> erasedMemberNamed;
    private final String consumerGroup;

    Inbox(
            ObjectMapper json,
            ProcessedMessages processed,
            InboxSettings settings,
            DeadLetters deadLetters,
            ErasedMembers erasedMembers,
            Event<ErasedMemberNamed> erasedMemberNamed,
            @ConfigProperty(name = "quarkus.application.name") String consumerGroup) {
        this.json = json;
        this.processed = processed;
        this.settings = settings;
        this.deadLetters = deadLetters;
        this.erasedMembers = erasedMembers;
        this.erasedMemberNamed = erasedMemberNamed;
        this.consumerGroup = consumerGroup;
    }

    /**
     * Hands each record of a polled batch to its handler once, in order; returns how many a handler acted on
     * (duplicates, unknown types and parked messages do not count).
     */
    public int processAll(Iterable<ConsumerRecord<String, String>> records, EventHandlers handlers) {
        List<Delivery<?>> deliveries = new ArrayList<>();
        boolean poisoned = false;
        for (ConsumerRecord<String, String> record : records) {
            Delivery<?> delivery = delivery(record, handlers);
            poisoned |= delivery.poison() != null;
            deliveries.add(delivery);
        }
        if (!poisoned && deliveries.size() > 1) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> handleTogether(deliveries));
            } catch (RuntimeException e) {
                LOG.debugf(e, "A batch of %d failed; handling its messages one by one", deliveries.size());
            }
        }
        int acted = 0;
        for (Delivery<?> delivery : deliveries) {
            try {
                acted += handleAlone(delivery) ? 1 : 0;
            } catch (RuntimeException e) {
                deadLetters.park(
                        delivery.record(), Topics.deadLetter(delivery.record().topic(), consumerGroup), e);
            }
        }
        return acted;
    }

    /**
     * The batch's transaction: one {@code processed_message} insert for all its messages (one statement per batch, not
     * per message), then the handler of each message recorded just now, in order; a duplicate, within the batch or of
     * an earlier delivery, is skipped.
     */
    private int handleTogether(List<Delivery<?>> deliveries) {
        Map<UUID, String> types = new LinkedHashMap<>();
        for (Delivery<?> delivery : deliveries) {
            if (delivery.registration() != null) {
                types.putIfAbsent(delivery.event().id(), delivery.event().type());
            }
        }
        Set<UUID> fresh = processed.markAllProcessed(types);
        List<IncomingEvent<?>> acted = new ArrayList<>();
        for (Delivery<?> delivery : deliveries) {
            if (delivery.registration() == null) {
                continue;
            }
            if (fresh.remove(delivery.event().id())) {
                delivery.act();
                acted.add(delivery.event());
            } else {
                LOG.debugf(
                        "Skipping duplicate %s %s",
                        delivery.event().type(), delivery.event().id());
            }
        }
        keepErasures(acted);
        return acted.size();
    }

    /**
     * After the handlers of a transaction acted (docs/messaging.md, "An erasure outlasts late events"): remembers the
     * members a {@code MemberErased} erased, forgets those a {@code MemberJoined} (re)joined, and fires
     * {@link ErasedMemberNamed} for each erased member an event {@link NamesMembers names}, so the service erases
     * again what its handlers just wrote about them. One statement for the joinings and one for the named members per
     * batch, one per erasure; none when no event of the batch joins, erases or names a member.
     */
    private void keepErasures(List<IncomingEvent<?>> acted) {
        Map<String, Instant> erased = new LinkedHashMap<>();
        Set<String> joined = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        for (IncomingEvent<?> event : acted) {
            if (event.payload() instanceof MemberErased erasure && erasure.memberId() != null) {
                joined.remove(erasure.memberId());
                erased.put(erasure.memberId(), erasure.erasedAt() != null ? erasure.erasedAt() : Instant.now());
            } else if (event.payload() instanceof MemberJoined joining && joining.memberId() != null) {
                erased.remove(joining.memberId());
                joined.add(joining.memberId());
            } else if (event.payload() instanceof NamesMembers names) {
                named.addAll(names.namedMembers());
            }
        }
        erasedMembers.forget(joined);
        erased.forEach(erasedMembers::remember);
        erasedMembers
                .amongst(named)
                .forEach((memberId, at) -> erasedMemberNamed.fire(new ErasedMemberNamed(memberId, at)));
    }

    /** A record with its handler and event, or what makes it poison; {@code registration} null for unknown types. */
    private record Delivery<P>(
            ConsumerRecord<String, String> record,
            EventHandlers.Registration<P> registration,
            IncomingEvent<P> event,
            PoisonMessage poison,
            ProcessedMessages processed) {

        boolean handleInCurrentTransaction() {
            if (registration == null) {
                return false;
            }
            if (!processed.markProcessed(event.id(), event.type())) {
                LOG.debugf("Skipping duplicate %s %s", event.type(), event.id());
                return false;
            }
            act();
            return true;
        }

        void act() {
            registration.handler().accept(event);
        }
    }

    private Delivery<?> delivery(ConsumerRecord<String, String> record, EventHandlers handlers) {
        String type = header(record, CloudEventHeaders.TYPE);
        if (type == null) {
            return new Delivery<>(
                    record,
                    null,
                    null,
                    new PoisonMessage("message at " + position(record) + " has no " + CloudEventHeaders.TYPE, null),
                    processed);
        }
        return handlers.forType(type)
                .<Delivery<?>>map(registration -> delivery(record, registration))
                .orElseGet(() -> new Delivery<>(record, null, null, null, processed));
    }

    private <P> Delivery<P> delivery(
            ConsumerRecord<String, String> record, EventHandlers.Registration<P> registration) {
        try {
            return new Delivery<>(record, registration, read(record, registration), null, processed);
        } catch (PoisonMessage poison) {
            return new Delivery<>(record, registration, null, poison, processed);
        }
    }

    private boolean handleAlone(Delivery<?> delivery) {
        if (delivery.poison() != null) {
            throw delivery.poison();
        }
        if (delivery.registration() == null) {
            return false;
        }
        IncomingEvent<?> event = delivery.event();
        long pause = settings.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    boolean acted = delivery.handleInCurrentTransaction();
                    if (acted) {
                        keepErasures(List.of(event));
                    }
                    return acted;
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
