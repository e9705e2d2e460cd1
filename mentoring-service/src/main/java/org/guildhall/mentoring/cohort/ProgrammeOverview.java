package org.guildhall.mentoring.cohort;

import java.time.Instant;
import java.util.List;
import org.guildhall.mentoring.fit.Fit;

/**
 * What a coordinator looks at before publishing a programme: who enrolled (by name, mentors with the places they
 * give), and the last matching preview with each pair's score explained criterion by criterion and, for every
 * unmatched mentee, why. {@code preview} is null until the matching has run.
 */
public record ProgrammeOverview(
        String programmeId,
        List<Enrolled> mentors,
        List<Enrolled> mentees,
        List<NamedRule> pairRules,
        Preview preview) {

    /** A member in the programme; {@code capacity} is the mentees a mentor takes here (0 for a mentee). */
    public record Enrolled(String memberId, String displayName, int capacity, Instant enrolledAt) {}

    public record NamedRule(String mentorId, String mentorName, String menteeId, String menteeName, String rule) {}

    public record Preview(
            String objective,
            List<Pair> pairs,
            List<Unmatched> unmatched,
            int mentees,
            double matchedShare,
            double meanScore,
            Instant ranAt) {}

    /** A proposed pair; {@code criteria} is empty when a member's profile is no longer there to explain it. */
    public record Pair(
            String mentorId,
            String mentorName,
            String menteeId,
            String menteeName,
            int score,
            boolean pinned,
            List<Fit.Criterion> criteria) {}

    public record Unmatched(String menteeId, String menteeName, String reason) {}
}
