package org.guildhall.events.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guildhall.events.event.Event;
import org.guildhall.events.event.EventRepository;
import org.guildhall.events.event.EventStatus;
import org.guildhall.events.membership.MemberErasure;
import org.guildhall.events.registration.Registration;
import org.guildhall.events.registration.RegistrationRepository;
import org.guildhall.events.registration.RegistrationStatus;
import org.guildhall.events.roster.Shift;
import org.guildhall.events.roster.VolunteerPlaceRepository;
import org.guildhall.events.roster.VolunteerRoleRepository;
import org.guildhall.events.time.StoredInstants;
import org.guildhall.kit.problem.ProblemException;

/** iCalendar documents: one event's, and each member's personal feed of registrations and shifts. */
@ApplicationScoped
public class Calendars {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final VolunteerPlaceRepository places;
    private final VolunteerRoleRepository roles;
    private final CalendarFeedRepository feeds;
    private final Clock clock;

    Calendars(
            EventRepository events,
            RegistrationRepository registrations,
            VolunteerPlaceRepository places,
            VolunteerRoleRepository roles,
            CalendarFeedRepository feeds,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.places = places;
        this.roles = roles;
        this.feeds = feeds;
        this.clock = clock;
    }

    @Transactional
    public String eventCalendar(UUID eventId, boolean coordinator) {
        Event event = events.find(eventId);
        if (!coordinator && !event.isVisibleToMembers()) {
            throw ProblemException.notFound("event", eventId.toString());
        }
        return ICalendarDocument.of(event.title(), List.of(entry(event, statusOf(event))));
    }

    /** The member's feed, issued on first use. */
    @Transactional
    public CalendarFeed feedOf(String memberId) {
        return feeds.findByIdOptional(memberId).orElseGet(() -> {
            CalendarFeed feed = CalendarFeed.issue(memberId, StoredInstants.now(clock));
            feeds.persist(feed);
            return feed;
        });
    }

    @Transactional
    public CalendarFeed rotate(String memberId) {
        CalendarFeed feed = feedOf(memberId);
        feed.rotate(StoredInstants.now(clock));
        return feed;
    }

    /** What the secret URL shows: the events the member is registered for and the shifts they hold. */
    @Transactional
    public String personalCalendar(String secret) {
        CalendarFeed feed = feeds.findBySecret(secret)
                .orElseThrow(() -> ProblemException.notFound("calendar-feed", "at this address"));
        List<CalendarEntry> entries = new ArrayList<>();
        for (Registration registration : registrations.liveOfMember(feed.memberId())) {
            Event event = events.find(registration.eventId());
            entries.add(
                    entry(event, registration.status() == RegistrationStatus.CONFIRMED ? "CONFIRMED" : "TENTATIVE"));
        }
        for (Shift shift : places.shiftsHeldBy(feed.memberId())) {
            Event event = events.find(shift.eventId());
            String role = roles.findByIdOptional(shift.roleId())
                    .map(found -> found.name())
                    .orElse("Volunteer");
            entries.add(new CalendarEntry(
                    "shift-" + shift.id() + "@guildhall",
                    role + " – " + event.title(),
                    shift.startsAt(),
                    shift.endsAt(),
                    location(event),
                    "Volunteer shift (" + role + ") at " + event.title(),
                    "CONFIRMED",
                    StoredInstants.now(clock)));
        }
        return ICalendarDocument.of("Guildhall", entries);
    }

    void memberErased(@Observes MemberErasure erased) {
        feeds.deleteById(erased.memberId());
    }

    private CalendarEntry entry(Event event, String status) {
        String description = (event.description() == null ? "" : event.description() + "\n\n") + "Local time zone: "
                + event.timeZone();
        return new CalendarEntry(
                "event-" + event.id() + "@guildhall",
                event.title(),
                event.startsAt(),
                event.endsAt(),
                location(event),
                description,
                status,
                StoredInstants.now(clock));
    }

    private static String location(Event event) {
        return event.venue() != null ? event.venue() : event.onlineUrl();
    }

    private static String statusOf(Event event) {
        return event.status() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED";
    }
}
