package org.guildhall.contracts.membership;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A member removed a connection. */
public record ConnectionRemoved(String connectionId, String memberId, String otherMemberId, Instant removedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId, otherMemberId);
    }
}
