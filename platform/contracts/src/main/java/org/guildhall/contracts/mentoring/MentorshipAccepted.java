package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A mentorship began: a mentor accepted a request, or a cohort programme paired them. */
public record MentorshipAccepted(
        String mentorshipId, String requestId, String programmeId, String mentorId, String menteeId, Instant acceptedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(mentorId, menteeId);
    }
}
