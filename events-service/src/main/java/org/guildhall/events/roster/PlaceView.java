package org.guildhall.events.roster;

import java.math.BigDecimal;
import java.time.Instant;

/** A member's place on a shift; {@code position} is their waitlist place (1 = next), or null. */
public record PlaceView(
        String id,
        String shiftId,
        String memberId,
        String displayName,
        PlaceStatus status,
        Integer position,
        long arrival,
        String assignedBy,
        Instant joinedAt,
        BigDecimal hours) {

    static PlaceView of(Placed placed) {
        return of(placed.place(), placed.volunteerName(), placed.position());
    }

    static PlaceView of(VolunteerPlace place, String displayName, int position) {
        return new PlaceView(
                place.id().toString(),
                place.shiftId().toString(),
                place.memberId(),
                displayName,
                place.status(),
                position > 0 ? position : null,
                place.arrival(),
                place.assignedBy(),
                place.joinedAt(),
                place.hours());
    }
}
