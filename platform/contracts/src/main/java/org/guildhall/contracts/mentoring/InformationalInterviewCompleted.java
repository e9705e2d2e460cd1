package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** The conversation happened. */
public record InformationalInterviewCompleted(
        String interviewId, String requesterId, String hostId, Instant completedAt) implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, hostId);
    }
}
