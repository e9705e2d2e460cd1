package org.guildhall.contracts.membership;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A member asked a shared connection to introduce them to someone. */
public record IntroductionRequested(
        String introductionId,
        String requesterId,
        String introducerId,
        String targetId,
        String reason,
        Instant expiresAt,
        Instant requestedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, introducerId, targetId);
    }
}
