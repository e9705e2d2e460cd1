package org.guildhall.events.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.events.ShiftRescheduled;
import org.guildhall.contracts.events.VolunteerInvited;
import org.guildhall.contracts.events.VolunteerReleased;
import org.guildhall.contracts.events.VolunteerShiftCompleted;
import org.guildhall.contracts.events.VolunteerSignedUp;
import org.guildhall.events.event.Event;
import org.guildhall.events.event.EventCalledOff;
import org.guildhall.events.event.EventRepository;
import org.guildhall.events.membership.MemberErasure;
import org.guildhall.events.membership.MemberSnapshot;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.events.time.StoredInstants;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.kit.readmodel.NotYetKnown;

/**
 * Volunteer rosters. A place changes with its shift row locked and, when a member takes one, with that member's
 * advisory lock too, so one member never holds two overlapping shifts across all events.
 */
@ApplicationScoped
public class Roster {

    private final EventRepository events;
    private final VolunteerRoleRepository roles;
    private final ShiftRepository shifts;
    private final VolunteerPlaceRepository places;
    private final ShiftInvitationRepository invitations;
    private final MemberSnapshotRepository standings;
    private final Outbox outbox;
    private final Clock clock;

    Roster(
            EventRepository events,
            VolunteerRoleRepository roles,
            ShiftRepository shifts,
            VolunteerPlaceRepository places,
            ShiftInvitationRepository invitations,
            MemberSnapshotRepository standings,
            Outbox outbox,
            Clock clock) {
        this.events = events;
        this.roles = roles;
        this.shifts = shifts;
        this.places = places;
        this.invitations = invitations;
        this.standings = standings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public VolunteerRole defineRole(UUID eventId, String name, String description, List<String> skillsWanted) {
        events.find(eventId).requireRosterOpen();
        boolean taken =
                roles.ofEvent(eventId).stream().anyMatch(role -> role.name().equalsIgnoreCase(name.strip()));
        if (taken) {
            throw ProblemException.conflict("role-exists", "name: the event has a role " + name + " already");
        }
        VolunteerRole role = VolunteerRole.define(eventId, name, description, skillsWanted);
        roles.persist(role);
        return role;
    }

    /**
     * A coordinator rewrites a role (name, description, wanted skills), while the event's roster is open (409
     * {@code event-closed} otherwise, as for defining one); another role of the event with the same name is a 409
     * {@code role-exists} naming {@code name}. Its shifts and their volunteers stay as they are.
     */
    @Transactional
    public VolunteerRole changeRole(
            UUID eventId, UUID roleId, String name, String description, List<String> skillsWanted) {
        events.find(eventId).requireRosterOpen();
        VolunteerRole role = role(eventId, roleId);
        boolean taken = roles.ofEvent(eventId).stream()
                .anyMatch(other -> !other.id().equals(roleId) && other.name().equalsIgnoreCase(name.strip()));
        if (taken) {
            throw ProblemException.onField(
                    "role-exists", 409, "name", "the event has a role " + name.strip() + " already");
        }
        role.change(name, description, skillsWanted);
        return role;
    }

    @Transactional
    public List<VolunteerRole> roles(UUID eventId) {
        events.find(eventId);
        return roles.ofEvent(eventId);
    }

    @Transactional
    public Planned planShift(UUID eventId, UUID roleId, Instant startsAt, Instant endsAt, int needed) {
        events.find(eventId).requireRosterOpen();
        VolunteerRole role = roles.findByIdOptional(roleId)
                .filter(found -> found.eventId().equals(eventId))
                .orElseThrow(() -> ProblemException.badRequest("unknown-role", "roleId: the event has no such role"));
        Shift shift = Shift.plan(eventId, role.id(), startsAt, endsAt, needed);
        shifts.persist(shift);
        return new Planned(shift, role.name());
    }

    /**
     * A coordinator changes a shift (role, start, end, volunteers needed) while the event's roster is open (409
     * {@code event-closed}, as for planning one). It never needs fewer than the volunteers holding places on it (409
     * {@code fewer-places-than-volunteers}); a completed shift is not changed (409 {@code shift-completed}). Moved, it
     * must not overlap another shift any of its volunteers holds, in any event (409 {@code shift-conflict} naming the
     * volunteer and the other shift), and {@code ShiftRescheduled} tells the other services (reminders follow the new
     * time). More places before the shift begins go to its waitlist at once, as a released place does.
     */
    @Transactional
    public Planned changeShift(UUID eventId, UUID shiftId, UUID roleId, Instant startsAt, Instant endsAt, int needed) {
        Event event = events.find(eventId);
        event.requireRosterOpen();
        Shift shift = shifts.lock(eventId, shiftId);
        VolunteerRole role = roles.findByIdOptional(roleId)
                .filter(found -> found.eventId().equals(eventId))
                .orElseThrow(() -> ProblemException.badRequest("unknown-role", "roleId: the event has no such role"));
        Instant previousStart = shift.startsAt();
        Instant previousEnd = shift.endsAt();
        boolean moved = shift.change(role.id(), startsAt, endsAt, needed);
        Instant now = StoredInstants.now(clock);
        if (moved) {
            List<VolunteerPlace> held = places.ofShift(shiftId, PlaceStatus.ASSIGNED).stream()
                    .sorted(Comparator.comparing(VolunteerPlace::memberId))
                    .toList();
            for (VolunteerPlace place : held) {
                shifts.lockMember(place.memberId()); // in member order, so two edits never deadlock
                List<Shift> clashes = places.overlappingShiftsHeldBy(place.memberId(), shift);
                if (!clashes.isEmpty()) {
                    String who = standings
                            .findByIdOptional(place.memberId())
                            .map(MemberSnapshot::displayName)
                            .orElse("A volunteer on it");
                    throw ProblemException.conflict(
                            "shift-conflict",
                            who + " already holds " + describe(clashes.get(0))
                                    + ", which would overlap this one at its new time");
                }
            }
            outbox.record(
                    EventsEvents.SHIFT_RESCHEDULED,
                    eventId.toString(),
                    new ShiftRescheduled(
                            shiftId.toString(),
                            eventId.toString(),
                            role.name(),
                            shift.startsAt(),
                            shift.endsAt(),
                            previousStart,
                            previousEnd,
                            now));
        }
        fillFromWaitlist(shift, now);
        return new Planned(shift, role.name());
    }

    /**
     * A coordinator invites a member to sign up for the shift (one of its suggestions, typically); {@code
     * VolunteerInvited} tells notifications-service to ask them. Once per shift and member: inviting again answers the
     * first invitation and publishes nothing. Refused (409) unless the member could take an open place now: the event
     * published ({@code event-not-open}), the shift neither completed ({@code shift-completed}) nor over ({@code
     * shift-over}) nor full ({@code shift-full}), the member not on it or its waitlist already ({@code
     * already-on-shift}) and holding no overlapping shift ({@code shift-conflict}); an inactive member is a 403, one
     * the read model does not know yet a 503 {@code member-not-yet-known}, as for an assignment.
     */
    @Transactional
    public Invited invite(UUID eventId, UUID shiftId, String memberId, String invitedBy) {
        Optional<MemberSnapshot> standing = standings.findByIdOptional(memberId);
        Shift shift = shifts.lock(eventId, shiftId);
        String name = standing.map(MemberSnapshot::displayName).orElse(null);
        Optional<ShiftInvitation> earlier = invitations.find(shiftId, memberId);
        if (earlier.isPresent()) {
            return new Invited(earlier.get(), name, false);
        }
        Event event = events.find(eventId);
        event.requireTakesVolunteers(false);
        shift.requireOpen();
        Instant now = StoredInstants.now(clock);
        if (shift.isOver(now)) {
            throw ProblemException.conflict(
                    "shift-over", "The shift ended " + event.localTime(shift.endsAt()) + " and takes no volunteers");
        }
        if (standing.isEmpty()) {
            throw NotYetKnown.otherMember(memberId);
        }
        if (!standing.get().isActive()) {
            throw ProblemException.forbidden("Only active members volunteer, and " + name + " is not one");
        }
        Optional<VolunteerPlace> onIt = places.findLive(shiftId, memberId);
        if (onIt.isPresent()) {
            throw ProblemException.conflict(
                    "already-on-shift",
                    name
                            + (onIt.get().status() == PlaceStatus.ASSIGNED
                                    ? " holds a place on this shift already"
                                    : " is on this shift's waitlist already"));
        }
        if (!shift.hasOpenPlace()) {
            throw ProblemException.conflict(
                    "shift-full", "The shift has no open place: every one of its " + shift.needed() + " is taken");
        }
        List<Shift> clashes = places.overlappingShiftsHeldBy(memberId, shift);
        if (!clashes.isEmpty()) {
            throw ProblemException.conflict(
                    "shift-conflict",
                    name + " already holds " + describe(clashes.get(0)) + ", which overlaps this one");
        }
        ShiftInvitation invitation = ShiftInvitation.of(shiftId, memberId, invitedBy, now);
        invitations.persist(invitation);
        outbox.record(
                EventsEvents.VOLUNTEER_INVITED,
                eventId.toString(),
                new VolunteerInvited(
                        invitation.id().toString(),
                        shiftId.toString(),
                        eventId.toString(),
                        memberId,
                        roleName(shift),
                        shift.startsAt(),
                        shift.endsAt(),
                        invitedBy,
                        now));
        return new Invited(invitation, name, true);
    }

    /**
     * The member takes a place on the shift (or its waitlist); {@code assignedBy} is the coordinator who put them
     * there, or null. Joining twice gives the first place back.
     */
    @Transactional
    public Joined join(UUID eventId, UUID shiftId, String memberId, String assignedBy) {
        Optional<MemberSnapshot> standing = standings.findByIdOptional(memberId);
        Shift shift = shifts.lock(eventId, shiftId);
        Optional<VolunteerPlace> existing = places.findLive(shiftId, memberId);
        if (existing.isPresent()) {
            return new Joined(placed(existing.get()), false);
        }
        Event event = events.find(eventId);
        event.requireTakesVolunteers(assignedBy != null);
        Instant now = StoredInstants.now(clock);
        if (shift.isOver(now)) {
            throw ProblemException.conflict(
                    "shift-over", "The shift ended " + event.localTime(shift.endsAt()) + " and takes no volunteers");
        }
        if (standing.isEmpty()) {
            // a joining that has not reached us yet: ReadModelLag waits for it, then 503 with Retry-After
            throw assignedBy == null ? NotYetKnown.member(memberId) : NotYetKnown.otherMember(memberId);
        }
        if (!standing.get().isActive()) {
            throw ProblemException.forbidden(
                    assignedBy == null
                            ? "Only active members volunteer, and your membership is not active"
                            : "Only active members volunteer, and "
                                    + standing.get().displayName() + " is not one");
        }
        shifts.lockMember(memberId);
        List<Shift> clashes = places.overlappingShiftsHeldBy(memberId, shift);
        if (!clashes.isEmpty()) {
            String who = assignedBy == null
                    ? "You already hold"
                    : standing.map(MemberSnapshot::displayName).orElse(memberId) + " already holds";
            throw ProblemException.conflict(
                    "shift-conflict", who + " " + describe(clashes.get(0)) + ", which overlaps this one");
        }
        VolunteerPlace place = shift.take(memberId, assignedBy, now);
        places.persist(place);
        if (place.status() == PlaceStatus.ASSIGNED) {
            outbox.record(EventsEvents.VOLUNTEER_SIGNED_UP, eventId.toString(), signedUp(shift, place));
        }
        return new Joined(placed(place), true);
    }

    /** The member (or a coordinator) gives up the place; the first waiting who has no clash moves up. */
    @Transactional
    public Placed release(UUID eventId, UUID shiftId, UUID placeId, String actor, boolean coordinator) {
        Shift shift = shifts.lock(eventId, shiftId);
        VolunteerPlace place = places.findByIdOptional(placeId)
                .filter(found -> found.shiftId().equals(shiftId))
                .orElseThrow(() -> ProblemException.notFound("volunteer-place", placeId.toString()));
        if (!coordinator && !place.memberId().equals(actor)) {
            throw ProblemException.forbidden("You may release only your own places");
        }
        Instant now = StoredInstants.now(clock);
        boolean held = place.status() == PlaceStatus.ASSIGNED;
        shift.release(place, now);
        if (held) {
            outbox.record(EventsEvents.VOLUNTEER_RELEASED, eventId.toString(), released(shift, place, now));
            fillFromWaitlist(shift, now);
        }
        return placed(place);
    }

    /** After the shift: every volunteer on it is credited with its hours. */
    @Transactional
    public List<Placed> complete(UUID eventId, UUID shiftId) {
        Shift shift = shifts.lock(eventId, shiftId);
        Instant now = StoredInstants.now(clock);
        BigDecimal hours = shift.complete(now);
        String roleName = roleName(shift);
        List<Placed> credited = new ArrayList<>();
        for (VolunteerPlace place : places.ofShift(shiftId, PlaceStatus.ASSIGNED)) {
            place.complete(hours, now);
            outbox.record(
                    EventsEvents.VOLUNTEER_SHIFT_COMPLETED,
                    eventId.toString(),
                    new VolunteerShiftCompleted(
                            shiftId.toString(),
                            eventId.toString(),
                            place.memberId(),
                            roleName,
                            hours.doubleValue(),
                            now));
            credited.add(placed(place));
        }
        return credited;
    }

    /** A cancelled event ends every volunteer place with it. */
    void eventCalledOff(@Observes EventCalledOff calledOff) {
        Event event = calledOff.event();
        for (Shift shift : shifts.ofEvent(event.id())) {
            shifts.lock(shift);
            for (VolunteerPlace place : places.liveOfShift(shift.id())) {
                boolean held = place.status() == PlaceStatus.ASSIGNED;
                shift.release(place, calledOff.at());
                if (held) {
                    outbox.record(
                            EventsEvents.VOLUNTEER_RELEASED,
                            event.id().toString(),
                            released(shift, place, calledOff.at()));
                }
            }
        }
    }

    /** An erased member gives up their places; the hours they served stay, under a pseudonym. */
    void memberErased(@Observes MemberErasure erased) {
        Instant now = StoredInstants.now(clock);
        for (VolunteerPlace place : places.liveOfMember(erased.memberId())) {
            Shift shift = shifts.findById(place.shiftId());
            shifts.lock(shift);
            boolean held = place.status() == PlaceStatus.ASSIGNED;
            place.eraseMember(erased.pseudonym());
            shift.release(place, now);
            if (held) {
                outbox.record(EventsEvents.VOLUNTEER_RELEASED, shift.eventId().toString(), released(shift, place, now));
                fillFromWaitlist(shift, now);
            }
        }
        places.ofMember(erased.memberId()).forEach(place -> place.eraseMember(erased.pseudonym()));
        invitations.deleteOf(erased.memberId());
    }

    /**
     * A released place goes to the waitlist only before the shift begins: a place given later helps nobody. A waiting
     * member not in good standing now (lapsed or suspended since they joined the line) is passed over and keeps their
     * spot, as signing up would refuse them today.
     */
    private void fillFromWaitlist(Shift shift, Instant now) {
        if (shift.hasBegun(now)) {
            return;
        }
        for (VolunteerPlace waiting : places.ofShift(shift.id(), PlaceStatus.WAITLISTED)) {
            if (!shift.hasOpenPlace()) {
                return;
            }
            if (standings
                    .findByIdOptional(waiting.memberId())
                    .filter(MemberSnapshot::isActive)
                    .isEmpty()) {
                continue;
            }
            shifts.lockMember(waiting.memberId());
            if (!places.overlappingShiftsHeldBy(waiting.memberId(), shift).isEmpty()) {
                continue; // they took an overlapping shift meanwhile; they keep waiting here
            }
            shift.promote(waiting, now);
            outbox.record(EventsEvents.VOLUNTEER_SIGNED_UP, shift.eventId().toString(), signedUp(shift, waiting));
        }
    }

    /** A shift as a coordinator reads it: role, event and local times in the event's zone. */
    private String describe(Shift shift) {
        Event event = events.find(shift.eventId());
        return "the " + roleName(shift) + " shift at " + event.title() + ", "
                + event.localPeriod(shift.startsAt(), shift.endsAt());
    }

    private VolunteerSignedUp signedUp(Shift shift, VolunteerPlace place) {
        return new VolunteerSignedUp(
                shift.id().toString(),
                shift.eventId().toString(),
                place.memberId(),
                roleName(shift),
                shift.startsAt(),
                shift.endsAt(),
                place.assignedBy(),
                place.joinedAt());
    }

    private VolunteerReleased released(Shift shift, VolunteerPlace place, Instant now) {
        return new VolunteerReleased(
                shift.id().toString(),
                shift.eventId().toString(),
                place.memberId(),
                roleName(shift),
                shift.startsAt(),
                now);
    }

    /** The place with its volunteer's name and, while it waits, its position, read in the changing transaction. */
    private Placed placed(VolunteerPlace place) {
        int position = place.status() == PlaceStatus.WAITLISTED
                ? (int) places.count(
                        "shiftId = ?1 and status = ?2 and arrival <= ?3",
                        place.shiftId(),
                        PlaceStatus.WAITLISTED,
                        place.arrival())
                : 0;
        String name = standings
                .findByIdOptional(place.memberId())
                .map(MemberSnapshot::displayName)
                .orElse(null);
        return new Placed(place, name, position);
    }

    private String roleName(Shift shift) {
        return roles.findByIdOptional(shift.roleId()).map(VolunteerRole::name).orElse(null);
    }

    /** The outcome of joining a shift: the place, and whether it is new. */
    public record Joined(Placed placed, boolean created) {}

    /** A planned shift with its role's name. */
    public record Planned(Shift shift, String roleName) {}

    /** An invitation, the invited member's name (null when not known), and whether this call made it. */
    public record Invited(ShiftInvitation invitation, String memberName, boolean created) {}

    private VolunteerRole role(UUID eventId, UUID roleId) {
        return roles.findByIdOptional(roleId)
                .filter(found -> found.eventId().equals(eventId))
                .orElseThrow(() -> ProblemException.notFound("volunteer-role", roleId.toString()));
    }
}
