package org.guildhall.contracts.membership;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** The introducer passed the request on to its target. */
public record IntroductionForwarded(
        String introductionId,
        String requesterId,
        String introducerId,
        String targetId,
        String reason,
        Instant forwardedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, introducerId, targetId);
    }
}
