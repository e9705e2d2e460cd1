package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** The host accepted, with a time. */
public record InformationalInterviewAccepted(
        String interviewId, String requesterId, String hostId, Instant scheduledFor, Instant acceptedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, hostId);
    }
}
