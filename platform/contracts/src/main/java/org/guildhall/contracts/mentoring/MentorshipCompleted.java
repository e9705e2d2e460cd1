package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A mentorship reached its end as planned. */
public record MentorshipCompleted(String mentorshipId, String mentorId, String menteeId, Instant completedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(mentorId, menteeId);
    }
}
