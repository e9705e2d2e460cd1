package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;

/** A coordinator published a cohort programme's matching; one MentorshipAccepted follows per pair. */
public record CohortMatchPublished(String programmeId, String programmeName, List<Pair> pairs, Instant publishedAt) {

    /** One mentor and mentee paired by the matching, with the pair's score (0 to 100). */
    public record Pair(String mentorId, String menteeId, int score) {}
}
