package org.guildhall.mentoring.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.guildhall.mentoring.fit.Fit;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.fit.MentorOffering;

/**
 * Ranks mentors for one mentee: hard requirements and exclusions filter, the fit scores, and a mentor's load lowers
 * their rank (not their score) so that mentors near capacity are shown less and others get their turn.
 */
public final class SuggestionRanking {

    private final MentorFit fit;
    private final double exposureSpread;

    public SuggestionRanking(MentorFit fit, double exposureSpread) {
        this.fit = fit;
        this.exposureSpread = exposureSpread;
    }

    /** One ranked mentor with the fit that explains it. */
    public record Suggestion(MentorOffering mentor, Fit fit, double rank) {}

    public List<Suggestion> rank(MenteeNeeds mentee, List<MentorOffering> mentors, Set<String> excluded, int limit) {
        Comparator<Ranked> byRank = Comparator.comparingDouble(Ranked::rank)
                .thenComparing(ranked -> ranked.mentor().memberId(), Comparator.reverseOrder());
        PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, byRank);
        for (MentorOffering mentor : mentors) {
            if (excluded.contains(mentor.memberId())
                    || mentor.activeMentees() >= mentor.capacity()
                    || !fit.admissible(mentee, mentor)) {
                continue;
            }
            int score = fit.score(mentee, mentor);
            Ranked ranked = new Ranked(mentor, score * (1 - exposureSpread * mentor.load()));
            if (best.size() < limit) {
                best.add(ranked);
            } else if (byRank.compare(ranked, best.peek()) > 0) {
                best.poll();
                best.add(ranked);
            }
        }
        List<Ranked> ordered = new ArrayList<>(best);
        ordered.sort(byRank.reversed());
        return ordered.stream()
                .map(ranked -> new Suggestion(ranked.mentor(), fit.explain(mentee, ranked.mentor()), ranked.rank()))
                .toList();
    }

    private record Ranked(MentorOffering mentor, double rank) {}
}
