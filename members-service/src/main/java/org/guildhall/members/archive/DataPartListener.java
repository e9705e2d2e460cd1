package org.guildhall.members.archive;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.contracts.notifications.NotificationsEvents;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;

/**
 * Reads the other services' sealed parts of members' archives from their topics (guildhall.events,
 * guildhall.mentoring, guildhall.notifications), in a consumer group of its own ({@code members-service-archive}), so
 * that archives neither wait for nor hold up contributions.
 */
@ApplicationScoped
public class DataPartListener {

    private final Inbox inbox;
    private final DataExports exports;
    private final EventHandlers fromEvents;
    private final EventHandlers fromMentoring;
    private final EventHandlers fromNotifications;

    DataPartListener(Inbox inbox, DataExports exports) {
        this.inbox = inbox;
        this.exports = exports;
        // one record per context (the published language keeps each context's payloads in its own package), one shape
        this.fromEvents = EventHandlers.on(
                EventsEvents.MEMBER_DATA_COLLECTED,
                event -> exports.partCollected(
                        event.payload().exportId(),
                        event.payload().memberId(),
                        event.payload().service(),
                        event.payload().sealed()));
        this.fromMentoring = EventHandlers.on(
                MentoringEvents.MEMBER_DATA_COLLECTED,
                event -> exports.partCollected(
                        event.payload().exportId(),
                        event.payload().memberId(),
                        event.payload().service(),
                        event.payload().sealed()));
        this.fromNotifications = EventHandlers.on(
                NotificationsEvents.MEMBER_DATA_COLLECTED,
                event -> exports.partCollected(
                        event.payload().exportId(),
                        event.payload().memberId(),
                        event.payload().service(),
                        event.payload().sealed()));
    }

    @Incoming("archive-events")
    @Blocking
    public void consumeEvents(ConsumerRecords<String, String> records) {
        inbox.processAll(records, fromEvents);
    }

    @Incoming("archive-mentoring")
    @Blocking
    public void consumeMentoring(ConsumerRecords<String, String> records) {
        inbox.processAll(records, fromMentoring);
    }

    @Incoming("archive-notifications")
    @Blocking
    public void consumeNotifications(ConsumerRecords<String, String> records) {
        inbox.processAll(records, fromNotifications);
    }
}
