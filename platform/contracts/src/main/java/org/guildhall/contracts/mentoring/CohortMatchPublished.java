package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A coordinator published a cohort programme's matching; one MentorshipAccepted follows per pair. */
public record CohortMatchPublished(String programmeId, String programmeName, List<Pair> pairs, Instant publishedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return pairs == null
                ? List.of()
                : pairs.stream()
                        .flatMap(pair -> NamesMembers.of(pair.mentorId(), pair.menteeId()).stream())
                        .toList();
    }

    /** One mentor and mentee paired by the matching, with the pair's score (0 to 100). */
    public record Pair(String mentorId, String menteeId, int score) {}
}
