package org.guildhall.notifications.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ShiftPlaceRepository implements PanacheRepositoryBase<ShiftPlace, ShiftPlace.Key> {

    public List<ShiftPlace> heldFor(String eventId) {
        return list("eventId = ?1 and status = ?2", eventId, ShiftPlace.SIGNED_UP);
    }

    /** Every place on the shift, held or not. */
    public List<ShiftPlace> ofShift(String shiftId) {
        return list("key.shiftId", shiftId);
    }

    /** Held places on shifts that start within ({@code from}, {@code until}]. */
    public List<ShiftPlace> heldStartingBetween(Instant from, Instant until) {
        return list("status = ?1 and startsAt > ?2 and startsAt <= ?3", ShiftPlace.SIGNED_UP, from, until);
    }

    public long deleteOf(String memberId) {
        return delete("key.memberId", memberId);
    }
}
