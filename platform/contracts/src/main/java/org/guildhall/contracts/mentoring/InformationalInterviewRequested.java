package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A member asked another for a short conversation. */
public record InformationalInterviewRequested(
        String interviewId,
        String requesterId,
        String hostId,
        String topic,
        String message,
        List<Instant> proposedTimes,
        Instant requestedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, hostId);
    }
}
