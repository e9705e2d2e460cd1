package org.guildhall.events.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.guildhall.events.event.Event;
import org.guildhall.events.event.EventRepository;
import org.guildhall.kit.identity.Caller;

/**
 * {@code GET /registrations/me}: the caller's live registrations (confirmed, offered a seat, waitlisted) for events
 * that have not ended, soonest first, each with what a member's home page shows: the event's title, start (an
 * instant, UTC) and IANA time zone, the status, the waitlist position (1 = next) and a seat offer's claim deadline.
 * One call instead of one per event.
 */
@Path("/registrations/me")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
@Produces(MediaType.APPLICATION_JSON)
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
    private final Caller caller;
    private final Clock clock;

    MyRegistrations(RegistrationRepository registrations, EventRepository events, Caller caller, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Transactional
    public List<MyRegistration> mine() {
        Instant now = Instant.now(clock);
        return registrations.liveOfMember(caller.memberId()).stream()
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
