package org.guildhall.contracts.membership;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** The target accepted; requester and target are now connected. */
public record IntroductionAccepted(
        String introductionId, String requesterId, String introducerId, String targetId, Instant acceptedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, introducerId, targetId);
    }
}
