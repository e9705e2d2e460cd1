package org.guildhall.contracts.membership;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** Nobody answered in time. */
public record IntroductionExpired(
        String introductionId, String requesterId, String introducerId, String targetId, Instant expiredAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, introducerId, targetId);
    }
}
