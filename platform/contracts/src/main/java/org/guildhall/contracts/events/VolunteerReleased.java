package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A member no longer holds a place on a shift. */
public record VolunteerReleased(
        String shiftId, String eventId, String memberId, String roleName, Instant startsAt, Instant releasedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
