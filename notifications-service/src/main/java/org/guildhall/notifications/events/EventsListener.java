package org.guildhall.notifications.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.kit.inbox.EventHandlers;
import org.guildhall.kit.inbox.Inbox;

/** Reads {@code guildhall.events}. */
@ApplicationScoped
public class EventsListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    EventsListener(Inbox inbox, EventsNotices notices) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(EventsEvents.EVENT_PUBLISHED, notices::published)
                .and(EventsEvents.EVENT_RESCHEDULED, notices::rescheduled)
                .and(EventsEvents.EVENT_CANCELLED, notices::cancelled)
                .and(EventsEvents.EVENT_COMPLETED, notices::completed)
                .and(EventsEvents.REGISTRATION_CONFIRMED, notices::registrationConfirmed)
                .and(EventsEvents.REGISTRATION_WAITLISTED, notices::registrationWaitlisted)
                .and(EventsEvents.SEAT_OFFERED, notices::seatOffered)
                .and(EventsEvents.SEAT_OFFER_EXPIRED, notices::seatOfferExpired)
                .and(EventsEvents.REGISTRATION_CANCELLED, notices::registrationCancelled)
                .and(EventsEvents.ATTENDANCE_RECORDED, notices::attendanceRecorded)
                .and(EventsEvents.VOLUNTEER_SIGNED_UP, notices::volunteerSignedUp)
                .and(EventsEvents.VOLUNTEER_RELEASED, notices::volunteerReleased)
                .and(EventsEvents.VOLUNTEER_SHIFT_COMPLETED, notices::shiftCompleted)
                .and(EventsEvents.SHIFT_RESCHEDULED, notices::shiftRescheduled)
                .and(EventsEvents.VOLUNTEER_INVITED, notices::volunteerInvited);
    }

    @Incoming("events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processAll(records, handlers);
    }
}
