package org.guildhall.notifications.archive;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.membership.MemberDataRequested;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.notifications.MemberDataCollected;
import org.guildhall.contracts.notifications.NotificationsEvents;
import org.guildhall.kit.archive.PersonalData;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.kit.outbox.Outbox;

/**
 * This service's part of a member's own data archive (issue 16): on {@code MemberDataRequested} it collects what it
 * holds about the member (the kit's {@link PersonalData}: their notifications, e-mail deliveries, preferences with
 * quiet hours, language and zone, channel opt-outs, and the read models its notices and reminders read: contact, terms,
 * registrations, shift places, mentorship pairs, connections), seals it with the request's public key and publishes it
 * as {@code MemberDataCollected} on guildhall.notifications through the outbox, in the handler's transaction. Reads
 * guildhall.membership in a consumer group of its own ({@code notifications-service-archive}).
 */
@ApplicationScoped
public class MemberDataCollector {

    static final String SERVICE = "notifications-service";

    /**
     * A notification in someone else's inbox may mention the member (who asked to connect, who said thanks): it is the
     * other's, so the member's notifications are those addressed to them. The webhook tables are the administrators'
     * (endpoints with their secrets, the domain events kept for delivery to other systems): not the member's to take.
     */
    static final PersonalData.Selection SELECTION = PersonalData.Selection.everyTable()
            .readAs(
                    "notification",
                    "select to_jsonb(n) from notification n where n.member_id = ? order by n.created_at, n.id")
            .except("webhook_endpoint", "webhook_message", "webhook_delivery");

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
                NotificationsEvents.MEMBER_DATA_COLLECTED,
                request.exportId(),
                new MemberDataCollected(
                        request.exportId(),
                        request.memberId(),
                        SERVICE,
                        personalData.sealedFor(request, SELECTION, now),
                        now));
    }

    /**
     * The parts this service published name the member: they go from the outbox with the member, in the erasure's
     * transaction (the only rows of this service's outbox so far).
     */
    void memberErased(@Observes MemberErased erased) {
        outbox.forgetSentAbout(erased.memberId());
    }
}
