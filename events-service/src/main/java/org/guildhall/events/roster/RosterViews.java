package org.guildhall.events.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guildhall.events.event.EventRepository;
import org.guildhall.events.membership.MemberSnapshot;
import org.guildhall.events.membership.MemberSnapshotRepository;

/**
 * The roster as coordinators and volunteers read it: an event's shifts with their role names, and the whole roster
 * with each shift's volunteers, waitlist, gaps and conflicts. Reads only; {@link Roster} changes it.
 */
@ApplicationScoped
public class RosterViews {

    private final EventRepository events;
    private final VolunteerRoleRepository roles;
    private final ShiftRepository shifts;
    private final VolunteerPlaceRepository places;
    private final MemberSnapshotRepository members;

    RosterViews(
            EventRepository events,
            VolunteerRoleRepository roles,
            ShiftRepository shifts,
            VolunteerPlaceRepository places,
            MemberSnapshotRepository members) {
        this.events = events;
        this.roles = roles;
        this.shifts = shifts;
        this.places = places;
        this.members = members;
    }

    @Transactional
    public List<ShiftView> shifts(UUID eventId) {
        events.find(eventId);
        Map<UUID, String> roleNames = roleNames(eventId);
        return shifts.ofEvent(eventId).stream()
                .map(shift -> ShiftView.of(shift, roleNames.get(shift.roleId())))
                .toList();
    }

    @Transactional
    public RosterView roster(UUID eventId) {
        events.find(eventId);
        Map<UUID, String> roleNames = roleNames(eventId);
        List<RosterView.ShiftLine> lines = new ArrayList<>();
        for (Shift shift : shifts.ofEvent(eventId)) {
            List<VolunteerPlace> assigned = places.ofShift(shift.id(), PlaceStatus.ASSIGNED);
            List<VolunteerPlace> completed = places.ofShift(shift.id(), PlaceStatus.COMPLETED);
            List<VolunteerPlace> waiting = places.ofShift(shift.id(), PlaceStatus.WAITLISTED);
            List<PlaceView> volunteers = new ArrayList<>();
            assigned.forEach(place -> volunteers.add(PlaceView.of(place, displayName(place.memberId()), 0)));
            completed.forEach(place -> volunteers.add(PlaceView.of(place, displayName(place.memberId()), 0)));
            List<PlaceView> waitlist = new ArrayList<>();
            for (int i = 0; i < waiting.size(); i++) {
                waitlist.add(
                        PlaceView.of(waiting.get(i), displayName(waiting.get(i).memberId()), i + 1));
            }
            List<RosterView.ShiftConflict> conflicts = assigned.stream()
                    .flatMap(place -> places.overlappingShiftsHeldBy(place.memberId(), shift).stream()
                            .map(other -> new RosterView.ShiftConflict(
                                    place.memberId(), other.id().toString(), other.startsAt(), other.endsAt())))
                    .toList();
            int open = shift.needed() - shift.taken();
            lines.add(new RosterView.ShiftLine(
                    shift.id().toString(),
                    roleNames.get(shift.roleId()),
                    shift.startsAt(),
                    shift.endsAt(),
                    shift.needed(),
                    open,
                    shift.completedAt() == null && open > 0,
                    volunteers,
                    waitlist,
                    conflicts,
                    shift.completedAt()));
        }
        return new RosterView(
                eventId.toString(),
                lines,
                lines.stream()
                        .filter(RosterView.ShiftLine::hasGap)
                        .mapToInt(RosterView.ShiftLine::openPlaces)
                        .sum(),
                lines.stream().mapToInt(line -> line.conflicts().size()).sum());
    }

    private String displayName(String memberId) {
        return members.findByIdOptional(memberId)
                .map(MemberSnapshot::displayName)
                .orElse(null);
    }

    private Map<UUID, String> roleNames(UUID eventId) {
        return roles.ofEvent(eventId).stream().collect(Collectors.toMap(VolunteerRole::id, VolunteerRole::name));
    }
}
