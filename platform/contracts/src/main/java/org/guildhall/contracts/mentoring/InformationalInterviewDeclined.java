package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** The host declined. */
public record InformationalInterviewDeclined(String interviewId, String requesterId, String hostId, Instant declinedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(requesterId, hostId);
    }
}
