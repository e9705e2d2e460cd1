package org.guildhall.members.archive;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.events.MemberDataCollected;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;
import org.guildhall.kit.inbox.IncomingEvent;

/**
 * Reads the other services' sealed parts of members' archives, in a consumer group of its own
 * ({@code members-service-archive}), so that archives neither wait for nor hold up contributions.
 */
@ApplicationScoped
public class DataPartListener {

    private final Inbox inbox;
    private final DataExports exports;
    private final EventHandlers fromEvents;

    DataPartListener(Inbox inbox, DataExports exports) {
        this.inbox = inbox;
        this.exports = exports;
        this.fromEvents = EventHandlers.on(EventsEvents.MEMBER_DATA_COLLECTED, this::collected);
    }

    @Incoming("archive-events")
    @Blocking
    public void consumeEvents(ConsumerRecords<String, String> records) {
        inbox.processAll(records, fromEvents);
    }

    void collected(IncomingEvent<MemberDataCollected> event) {
        MemberDataCollected part = event.payload();
        exports.partCollected(part.exportId(), part.memberId(), part.service(), part.sealed());
    }
}
