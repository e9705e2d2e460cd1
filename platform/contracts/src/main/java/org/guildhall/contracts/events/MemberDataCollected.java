package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/**
 * events-service's part of a member's data archive (answering {@code MemberDataRequested}): {@code sealed} is the JSON
 * of every row it holds that names the member, sealed with the request's public key
 * ({@link org.guildhall.contracts.SealedData}), so only the requester can read it.
 */
public record MemberDataCollected(String exportId, String memberId, String service, String sealed, Instant collectedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
