package org.guildhall.contracts.membership;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** Two members are now connected, after a request or an introduction. */
public record ConnectionEstablished(
        String connectionId, String memberId, String otherMemberId, String via, Instant establishedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId, otherMemberId);
    }
}
