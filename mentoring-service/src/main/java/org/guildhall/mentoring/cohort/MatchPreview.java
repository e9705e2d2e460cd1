package org.guildhall.mentoring.cohort;

import java.time.Instant;
import java.util.List;

/**
 * The result of a matching run, kept until the next run or the publication: its pairs, its statistics, and for each
 * unmatched mentee why.
 */
public record MatchPreview(
        MatchObjective objective,
        int candidatesPerMentee,
        List<PreviewPair> pairs,
        List<Unmatched> unmatched,
        int mentees,
        double matchedShare,
        double meanScore,
        int minScore,
        long totalScore,
        Instant ranAt) {

    public record PreviewPair(String mentorId, String menteeId, int score, boolean pinned) {}

    public record Unmatched(String menteeId, String reason) {}
}
