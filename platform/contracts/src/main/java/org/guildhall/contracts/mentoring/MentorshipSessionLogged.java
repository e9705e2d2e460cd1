package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** The pair met; private notes stay in mentoring-service. */
public record MentorshipSessionLogged(
        String mentorshipId,
        String mentorId,
        String menteeId,
        LocalDate sessionDate,
        int durationMinutes,
        List<String> topics,
        Instant loggedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(mentorId, menteeId);
    }
}
