package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/**
 * A freed seat is offered to the first on the waitlist, to claim before a deadline. Published again for the same
 * registration (same {@code offeredAt}) with a new {@code claimBy} when the event moves and the deadline with it.
 */
public record SeatOffered(
        String registrationId, String eventId, String memberId, String eventTitle, Instant claimBy, Instant offeredAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
