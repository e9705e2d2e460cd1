package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** The event was full; the member waits at a position. */
public record RegistrationWaitlisted(
        String registrationId, String eventId, String memberId, String eventTitle, int position, Instant waitlistedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
