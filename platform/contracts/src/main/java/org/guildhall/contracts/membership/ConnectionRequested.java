package org.guildhall.contracts.membership;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A member asked another to connect. */
public record ConnectionRequested(
        String requestId, String requesterId, String recipientId, String note, Instant requestedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, recipientId);
    }
}
