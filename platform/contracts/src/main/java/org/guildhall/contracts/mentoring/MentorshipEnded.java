package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** One side ended a mentorship early. */
public record MentorshipEnded(
        String mentorshipId, String mentorId, String menteeId, String endedBy, String reason, Instant endedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(mentorId, menteeId);
    }
}
