package org.guildhall.contracts.membership;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** The introducer or the target declined. */
public record IntroductionDeclined(
        String introductionId,
        String requesterId,
        String introducerId,
        String targetId,
        String declinedBy,
        Instant declinedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, introducerId, targetId);
    }
}
