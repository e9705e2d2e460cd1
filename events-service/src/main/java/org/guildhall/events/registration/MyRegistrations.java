package org.guildhall.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.guildhall.events.event.Event;
import org.guildhall.events.event.EventRepository;

/**
 * A member's live registrations (confirmed, offered a seat, waitlisted) for events
 * that have not ended, soonest first, each with what a member's home page shows: the event's title, start (an
 * instant, UTC) and IANA time zone, the status, the waitlist position (1 = next) and a seat offer's claim deadline.
 * One call instead of one per event.
 */
@ApplicationScoped
public class MyRegistrations {

    /** One live registration as its member sees it. */
    public record MyRegistration(
            String registrationId,
            String eventId,
            String eventTitle,
            Instant eventStartsAt,
            String eventTimeZone,
            RegistrationStatus status,
            Integer position,
            Instant claimBy) {}

    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final Clock clock;

    MyRegistrations(RegistrationRepository registrations, EventRepository events, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    /** The live registrations of {@code memberId} for events not yet ended, soonest first. */
    @Transactional
    public List<MyRegistration> of(String memberId) {
        Instant now = Instant.now(clock);
        return registrations.liveOfMember(memberId).stream()
                .flatMap(registration -> Optional.ofNullable(events.findById(registration.eventId()))
                        .filter(event -> !event.endsAt().isBefore(now))
                        .map(event -> describe(registration, event))
                        .stream())
                .sorted(Comparator.comparing(MyRegistration::eventStartsAt))
                .toList();
    }

    private MyRegistration describe(Registration registration, Event event) {
        return new MyRegistration(
                registration.id().toString(),
                event.id().toString(),
                event.title(),
                event.startsAt(),
                event.timeZone(),
                registration.status(),
                registration.status() == RegistrationStatus.WAITLISTED ? registrations.positionOf(registration) : null,
                registration.claimBy());
    }
}
