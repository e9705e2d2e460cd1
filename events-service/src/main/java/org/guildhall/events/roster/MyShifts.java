package org.guildhall.events.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.guildhall.events.event.Event;
import org.guildhall.events.event.EventRepository;
import org.guildhall.kit.identity.Caller;

/**
 * {@code GET /volunteer-places/me}: the caller's places on shifts in every event, soonest first: the shifts they hold
 * ({@code ASSIGNED}), wait for ({@code WAITLISTED}, with their position, 1 = next) and did ({@code COMPLETED}, with
 * the hours credited). Each names its event (title and IANA time zone) and role; times are instants (UTC). A place
 * given up ({@code RELEASED}) is left out.
 */
@Path("/volunteer-places/me")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR})
@Produces(MediaType.APPLICATION_JSON)
public class MyShifts {

    /** One place as its member sees it. */
    public record MyPlace(
            String placeId,
            String eventId,
            String eventTitle,
            String eventTimeZone,
            String shiftId,
            String roleName,
            Instant startsAt,
            Instant endsAt,
            PlaceStatus status,
            Integer position,
            BigDecimal hours) {}

    private final VolunteerPlaceRepository places;
    private final ShiftRepository shifts;
    private final VolunteerRoleRepository roles;
    private final EventRepository events;
    private final Caller caller;

    MyShifts(
            VolunteerPlaceRepository places,
            ShiftRepository shifts,
            VolunteerRoleRepository roles,
            EventRepository events,
            Caller caller) {
        this.places = places;
        this.shifts = shifts;
        this.roles = roles;
        this.events = events;
        this.caller = caller;
    }

    @GET
    @jakarta.transaction.Transactional
    public List<MyPlace> mine() {
        return places.ofMember(caller.memberId()).stream()
                .filter(place -> place.status() != PlaceStatus.RELEASED)
                .map(this::describe)
                .sorted(Comparator.comparing(MyPlace::startsAt))
                .toList();
    }

    private MyPlace describe(VolunteerPlace place) {
        Shift shift = shifts.findById(place.shiftId());
        Event event = events.findById(shift.eventId());
        VolunteerRole role = roles.findById(shift.roleId());
        return new MyPlace(
                place.id().toString(),
                event.id().toString(),
                event.title(),
                event.timeZone(),
                shift.id().toString(),
                role.name(),
                shift.startsAt(),
                shift.endsAt(),
                place.status(),
                place.status() == PlaceStatus.WAITLISTED ? position(place) : null,
                place.hours());
    }

    private int position(VolunteerPlace place) {
        List<UUID> waiting = places.ofShift(place.shiftId(), PlaceStatus.WAITLISTED).stream()
                .map(VolunteerPlace::id)
                .toList();
        return waiting.indexOf(place.id()) + 1;
    }
}
