package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A mentee asked a mentor for mentoring. */
public record MentorshipRequested(
        String requestId,
        String mentorId,
        String menteeId,
        String message,
        List<String> goals,
        Instant expiresAt,
        Instant requestedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(mentorId, menteeId);
    }
}
