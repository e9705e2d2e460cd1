package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A member holds a place on a volunteer shift, by signing up or by a coordinator's assignment. */
public record VolunteerSignedUp(
        String shiftId,
        String eventId,
        String memberId,
        String roleName,
        Instant startsAt,
        Instant endsAt,
        String assignedBy,
        Instant signedUpAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId, assignedBy);
    }
}
