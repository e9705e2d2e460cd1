package org.guildhall.mentoring.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The obvious alternative to {@link CohortMatching}, kept in tests and benchmarks to compare with. */
public final class GreedyMatching {

    private GreedyMatching() {}

    /** Best-scoring pairs first while capacity lasts. */
    public static CohortMatching.Matching of(
            List<String> menteeIds, Map<String, Integer> capacities, List<CandidatePair> candidates) {
        Map<String, Integer> remaining = new HashMap<>(capacities);
        Set<String> matched = new HashSet<>();
        List<CandidatePair> pairs = new ArrayList<>();
        Set<String> mentees = new HashSet<>(menteeIds);
        candidates.stream()
                .sorted(Comparator.comparingInt(CandidatePair::score).reversed())
                .forEach(candidate -> {
                    int left = remaining.getOrDefault(candidate.mentorId(), 0);
                    if (left > 0 && mentees.contains(candidate.menteeId()) && matched.add(candidate.menteeId())) {
                        remaining.put(candidate.mentorId(), left - 1);
                        pairs.add(candidate);
                    }
                });
        return CohortMatching.matching(menteeIds, pairs, matched);
    }
}
