package org.guildhall.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.events.time.StoredInstants;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;

/** The events coordinators run: drafting, editing, publishing, cancelling, completing; and browsing them. */
@ApplicationScoped
public class EventCatalogue {

    private final EventRepository events;
    private final Outbox outbox;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<EventCalledOff> calledOff;
    private final jakarta.enterprise.event.Event<EventChanged> changed;

    EventCatalogue(
            EventRepository events,
            Outbox outbox,
            Clock clock,
            jakarta.enterprise.event.Event<EventCalledOff> calledOff,
            jakarta.enterprise.event.Event<EventChanged> changed) {
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
        this.calledOff = calledOff;
        this.changed = changed;
    }

    @Transactional
    public Event draft(EventDetails details, String coordinator) {
        Event event = Event.draft(details, coordinator, StoredInstants.now(clock));
        events.persist(event);
        return event;
    }

    @Transactional
    public Event edit(UUID eventId, EventDetails details) {
        Event event = events.lock(eventId);
        Instant now = StoredInstants.now(clock);
        event.edit(details, now)
                .ifPresent(moved -> outbox.record(EventsEvents.EVENT_RESCHEDULED, eventId.toString(), moved));
        changed.fire(new EventChanged(event, now));
        return event;
    }

    @Transactional
    public Event publish(UUID eventId) {
        Event event = events.lock(eventId);
        outbox.record(EventsEvents.EVENT_PUBLISHED, eventId.toString(), event.publish(StoredInstants.now(clock)));
        return event;
    }

    @Transactional
    public Event cancel(UUID eventId, String reason) {
        Event event = events.lock(eventId);
        Instant now = StoredInstants.now(clock);
        outbox.record(EventsEvents.EVENT_CANCELLED, eventId.toString(), event.cancel(reason, now));
        calledOff.fire(new EventCalledOff(event, now));
        return event;
    }

    @Transactional
    public Event complete(UUID eventId) {
        Event event = events.lock(eventId);
        outbox.record(EventsEvents.EVENT_COMPLETED, eventId.toString(), event.complete(StoredInstants.now(clock)));
        return event;
    }

    /** An event as the caller may see it: drafts only to coordinators. */
    @Transactional
    public Event find(UUID eventId, boolean coordinator) {
        Event event = events.find(eventId);
        if (!coordinator && !event.isVisibleToMembers()) {
            throw ProblemException.notFound("event", eventId.toString());
        }
        return event;
    }

    @Transactional
    public Page<Event> browse(EventRepository.EventFilter filter, int page, int size) {
        var query = events.browse(filter);
        List<Event> items = events.page(query, page, size);
        return new Page<>(items, page, size, query.count());
    }
}
