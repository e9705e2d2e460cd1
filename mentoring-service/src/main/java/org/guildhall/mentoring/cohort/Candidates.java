package org.guildhall.mentoring.cohort;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;
import org.guildhall.mentoring.fit.CohortFit;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.fit.MentorOffering;

/**
 * The candidate pairs a cohort is matched on: for each mentee, their best {@code limit} admissible mentors by fit,
 * forbidden pairs left out. Pairs are scored by {@link CohortFit} (MentorFit's rules on bit sets), mentees in parallel (every mentee against every mentor is the bulk of a large
 * cohort's matching time); the result keeps the mentees' order, so a run is repeatable.
 */
public final class Candidates {

    private Candidates() {}

    /** Each mentee's id with their candidates, best last; an empty list when no mentor may be paired with them. */
    public static Map<String, List<CandidatePair>> best(
            MentorFit fit, List<MenteeNeeds> mentees, List<MentorOffering> mentors, Set<PairKey> forbidden, int limit) {
        CohortFit scorer = CohortFit.of(fit, mentees, mentors);
        List<List<CandidatePair>> perMentee = IntStream.range(0, mentees.size())
                .parallel()
                .mapToObj(i -> best(scorer, i, mentees.get(i), mentors, forbidden, limit))
                .toList();
        Map<String, List<CandidatePair>> candidates = new LinkedHashMap<>();
        for (int i = 0; i < mentees.size(); i++) {
            candidates.put(mentees.get(i).memberId(), perMentee.get(i));
        }
        return candidates;
    }

    private static List<CandidatePair> best(
            CohortFit scorer,
            int menteeIndex,
            MenteeNeeds mentee,
            List<MentorOffering> mentors,
            Set<PairKey> forbidden,
            int limit) {
        PriorityQueue<CandidatePair> best =
                new PriorityQueue<>(limit + 1, Comparator.comparingInt(CandidatePair::score));
        for (int mentorIndex = 0; mentorIndex < mentors.size(); mentorIndex++) {
            int score = scorer.scoreIfAdmissible(menteeIndex, mentorIndex);
            MentorOffering mentor = mentors.get(mentorIndex);
            if (score < 0
                    || (!forbidden.isEmpty()
                            && forbidden.contains(new PairKey(mentor.memberId(), mentee.memberId())))) {
                continue;
            }
            if (best.size() < limit || score > best.peek().score()) {
                best.add(new CandidatePair(mentor.memberId(), mentee.memberId(), score));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        return List.copyOf(best);
    }
}
