package org.guildhall.mentoring.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Words a matching of {@code menteeIds} (every enrolled mentee, in enrolment order): each pair says whether it was
     * pinned, each unmatched mentee why, from {@code reasons} or else from what the objective preferred.
     */
    static MatchPreview of(
            MatchObjective objective,
            int candidatesPerMentee,
            List<String> menteeIds,
            CohortMatching.Matching matching,
            Set<PairKey> pins,
            Map<String, String> reasons,
            Instant ranAt) {
        List<PreviewPair> pairs = matching.pairs().stream()
                .map(pair -> new PreviewPair(pair.mentorId(), pair.menteeId(), pair.score(), pins.contains(pair.key())))
                .toList();
        Set<String> matched = pairs.stream().map(PreviewPair::menteeId).collect(Collectors.toSet());
        String outscored = objective == MatchObjective.HIGHEST_SCORE
                ? "The mentors who fit them add more score with other mentees"
                : "The mentors who fit them are all needed by other mentees";
        List<Unmatched> unmatched = menteeIds.stream()
                .filter(mentee -> !matched.contains(mentee))
                .map(mentee -> new Unmatched(mentee, reasons.getOrDefault(mentee, outscored)))
                .toList();
        return new MatchPreview(
                objective,
                candidatesPerMentee,
                pairs,
                unmatched,
                menteeIds.size(),
                menteeIds.isEmpty() ? 0 : round((double) pairs.size() / menteeIds.size()),
                pairs.isEmpty() ? 0 : round(matching.totalScore() / (double) pairs.size()),
                pairs.stream().mapToInt(PreviewPair::score).min().orElse(0),
                matching.totalScore(),
                ranAt);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
