package org.guildhall.events.roster;

import java.time.Instant;

/** A shift as members see it when choosing one. */
public record ShiftView(
        String id,
        String eventId,
        String roleId,
        String roleName,
        Instant startsAt,
        Instant endsAt,
        int needed,
        int openPlaces,
        Instant completedAt) {

    static ShiftView of(Shift shift, String roleName) {
        return new ShiftView(
                shift.id().toString(),
                shift.eventId().toString(),
                shift.roleId().toString(),
                roleName,
                shift.startsAt(),
                shift.endsAt(),
                shift.needed(),
                shift.needed() - shift.taken(),
                shift.completedAt());
    }
}
