package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A registration ended: by the member, or because the event was cancelled. */
public record RegistrationCancelled(
        String registrationId, String eventId, String memberId, String eventTitle, String reason, Instant cancelledAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
