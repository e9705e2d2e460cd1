package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** An offered seat was not claimed in time and passes on. */
public record SeatOfferExpired(
        String registrationId, String eventId, String memberId, String eventTitle, Instant expiredAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
