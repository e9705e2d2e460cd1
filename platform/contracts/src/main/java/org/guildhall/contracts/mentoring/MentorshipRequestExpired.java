package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A mentor did not answer a request in time. */
public record MentorshipRequestExpired(String requestId, String mentorId, String menteeId, Instant expiredAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(mentorId, menteeId);
    }
}
