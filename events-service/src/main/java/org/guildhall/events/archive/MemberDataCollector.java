package org.guildhall.events.archive;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.events.MemberDataCollected;
import org.guildhall.contracts.membership.MemberDataRequested;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.kit.archive.PersonalData;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.kit.outbox.Outbox;

/**
 * This service's part of a member's own data archive (issue 16): on {@code MemberDataRequested} it collects every row
 * that names the member (registrations, waitlist places, shifts and hours, attendance, the member's snapshot), seals it
 * with the request's public key and publishes it as {@code MemberDataCollected} through the outbox, in the handler's
 * transaction. Reads guildhall.membership in a consumer group of its own ({@code events-service-archive}).
 */
@ApplicationScoped
public class MemberDataCollector {

    static final String SERVICE = "events-service";

    private final Inbox inbox;
    private final PersonalData personalData;
    private final Outbox outbox;
    private final Clock clock;
    private final EventHandlers handlers;

    MemberDataCollector(Inbox inbox, PersonalData personalData, Outbox outbox, Clock clock) {
        this.inbox = inbox;
        this.personalData = personalData;
        this.outbox = outbox;
        this.clock = clock;
        this.handlers = EventHandlers.on(MembershipEvents.MEMBER_DATA_REQUESTED, this::requested);
    }

    @Incoming("archive-membership")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(records, handlers);
    }

    void requested(IncomingEvent<MemberDataRequested> event) {
        MemberDataRequested request = event.payload();
        Instant now = Instant.now(clock);
        outbox.record(
                EventsEvents.MEMBER_DATA_COLLECTED,
                request.exportId(),
                new MemberDataCollected(
                        request.exportId(),
                        request.memberId(),
                        SERVICE,
                        personalData.sealedFor(request, PersonalData.Selection.everyTable(), now),
                        now));
    }
}
