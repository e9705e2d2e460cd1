package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A shift took place; its volunteers are credited with its hours. */
public record VolunteerShiftCompleted(
        String shiftId, String eventId, String memberId, String roleName, double hours, Instant completedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
