package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/**
 * A member holds a seat.
 *
 * @param checkInCode the code the member shows at the door (issue 15); added compatibly, so an event published before
 *     it reads with {@code null} here
 */
public record RegistrationConfirmed(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        Instant eventStartsAt,
        Instant confirmedAt,
        String checkInCode)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
