package org.guildhall.mentoring.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CohortMatchingTest {

    private static final int INSTANCES = 300;

    /** A small random cohort: up to 7 mentees, up to 4 mentors with capacities 1 to 3, some pairs missing. */
    record Cohort(List<String> mentees, Map<String, Integer> capacities, List<CandidatePair> candidates) {

        static Cohort random(Random random) {
            List<String> mentees = new ArrayList<>();
            int menteeCount = 1 + random.nextInt(7);
            for (int i = 0; i < menteeCount; i++) {
                mentees.add("mentee-" + i);
            }
            Map<String, Integer> capacities = new LinkedHashMap<>();
            int mentorCount = 1 + random.nextInt(4);
            for (int i = 0; i < mentorCount; i++) {
                capacities.put("mentor-" + i, 1 + random.nextInt(3));
            }
            List<CandidatePair> candidates = new ArrayList<>();
            for (String mentee : mentees) {
                for (String mentor : capacities.keySet()) {
                    if (random.nextInt(4) != 0) {
                        candidates.add(new CandidatePair(mentor, mentee, random.nextInt(101)));
                    }
                }
            }
            return new Cohort(mentees, capacities, candidates);
        }
    }

    @Test
    void shouldEqualTheExhaustiveOptimumForTheHighestScore() {
        Random random = new Random(7);
        for (int i = 0; i < INSTANCES; i++) {
            Cohort cohort = Cohort.random(random);
            CohortMatching.Matching optimal = solve(cohort, MatchObjective.HIGHEST_SCORE);

            assertThat(optimal.totalScore()).as("instance %d: %s", i, cohort).isEqualTo(exhaustive(cohort)[1]);
            assertWithinCapacities(cohort, optimal);
        }
    }

    @Test
    void shouldMatchAsManyAsPossibleThenScoreBestForTheMostMatches() {
        Random random = new Random(11);
        for (int i = 0; i < INSTANCES; i++) {
            Cohort cohort = Cohort.random(random);
            CohortMatching.Matching optimal = solve(cohort, MatchObjective.MOST_MATCHES_THEN_SCORE);
            long[] best = exhaustiveMostMatches(cohort);

            assertThat(new long[] {optimal.pairs().size(), optimal.totalScore()})
                    .as("instance %d: %s", i, cohort)
                    .containsExactly(best);
            assertWithinCapacities(cohort, optimal);
        }
    }

    @Test
    void shouldNeverScoreBelowGreedy() {
        Random random = new Random(13);
        boolean greedyLostSomewhere = false;
        for (int i = 0; i < INSTANCES; i++) {
            Cohort cohort = Cohort.random(random);
            CohortMatching.Matching optimal = solve(cohort, MatchObjective.HIGHEST_SCORE);
            CohortMatching.Matching greedy =
                    GreedyMatching.of(cohort.mentees(), cohort.capacities(), cohort.candidates());

            assertThat(optimal.totalScore()).isGreaterThanOrEqualTo(greedy.totalScore());
            assertWithinCapacities(cohort, greedy);
            greedyLostSomewhere |= optimal.totalScore() > greedy.totalScore();
        }
        assertThat(greedyLostSomewhere)
                .as("the instances are hard enough to tell the two apart")
                .isTrue();
    }

    @Test
    void shouldPreferAnotherMatchOverAHigherScoreOnlyWhenAskedTo() {
        // one mentor with one place; Ada fits her perfectly, Linus only a little, but Linus has no other mentor
        Map<String, Integer> capacities = Map.of("grace", 1, "barbara", 1);
        List<CandidatePair> candidates = List.of(
                new CandidatePair("grace", "ada", 100),
                new CandidatePair("barbara", "ada", 10),
                new CandidatePair("grace", "linus", 40));
        List<String> mentees = List.of("ada", "linus");

        CohortMatching.Matching most = CohortMatching.optimal(
                mentees, capacities, candidates, List.of(), MatchObjective.MOST_MATCHES_THEN_SCORE);
        CohortMatching.Matching highest =
                CohortMatching.optimal(mentees, capacities, candidates, List.of(), MatchObjective.HIGHEST_SCORE);

        assertThat(most.pairs()).hasSize(2);
        assertThat(most.totalScore()).isEqualTo(50);
        assertThat(highest.pairs()).containsExactly(new CandidatePair("grace", "ada", 100));
        assertThat(highest.unmatched()).containsExactly("linus");
    }

    @Test
    void shouldKeepPinsEvenWhenAnotherMatchingScoresHigher() {
        // forbidden pairs never reach the matching as candidates (MatchingInputTest): barbara-ada is one here
        Map<String, Integer> capacities = Map.of("grace", 1, "barbara", 1);
        List<CandidatePair> candidates = List.of(
                new CandidatePair("grace", "ada", 100),
                new CandidatePair("grace", "linus", 90),
                new CandidatePair("barbara", "linus", 80));
        List<CandidatePair> pins = List.of(new CandidatePair("grace", "linus", 90));

        CohortMatching.Matching matching = CohortMatching.optimal(
                List.of("ada", "linus"), capacities, candidates, pins, MatchObjective.MOST_MATCHES_THEN_SCORE);

        assertThat(matching.pairs()).containsExactly(new CandidatePair("grace", "linus", 90));
        assertThat(matching.unmatched()).containsExactly("ada");
    }

    @Test
    void shouldRefusePinsBeyondACapacity() {
        List<CandidatePair> pins =
                List.of(new CandidatePair("grace", "ada", 50), new CandidatePair("grace", "linus", 50));

        assertThatThrownBy(() -> CohortMatching.optimal(
                        List.of("ada", "linus"), Map.of("grace", 1), List.of(), pins, MatchObjective.HIGHEST_SCORE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CohortMatching.Matching solve(Cohort cohort, MatchObjective objective) {
        return CohortMatching.optimal(cohort.mentees(), cohort.capacities(), cohort.candidates(), List.of(), objective);
    }

    private static void assertWithinCapacities(Cohort cohort, CohortMatching.Matching matching) {
        Map<String, Integer> used = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CandidatePair pair : matching.pairs()) {
            assertThat(seen.add(pair.menteeId())).as("mentee matched once").isTrue();
            assertThat(cohort.candidates()).contains(pair);
            used.merge(pair.mentorId(), 1, Integer::sum);
        }
        used.forEach((mentor, count) ->
                assertThat(count).isLessThanOrEqualTo(cohort.capacities().get(mentor)));
        assertThat(matching.pairs().size() + matching.unmatched().size())
                .isEqualTo(cohort.mentees().size());
    }

    /** {matches, best total score} over every assignment, maximising the score. */
    private static long[] exhaustive(Cohort cohort) {
        long[] best = {0, 0};
        search(cohort, 0, new HashMap<>(), 0, 0, best, false);
        return best;
    }

    /** {most matches, best score among those}. */
    private static long[] exhaustiveMostMatches(Cohort cohort) {
        long[] best = {0, 0};
        search(cohort, 0, new HashMap<>(), 0, 0, best, true);
        return best;
    }

    private static void search(
            Cohort cohort,
            int index,
            Map<String, Integer> used,
            long matches,
            long score,
            long[] best,
            boolean matchesFirst) {
        if (index == cohort.mentees().size()) {
            boolean better =
                    matchesFirst ? matches > best[0] || (matches == best[0] && score > best[1]) : score > best[1];
            if (better) {
                best[0] = matches;
                best[1] = score;
            }
            return;
        }
        String mentee = cohort.mentees().get(index);
        search(cohort, index + 1, used, matches, score, best, matchesFirst);
        for (CandidatePair candidate : cohort.candidates()) {
            if (!candidate.menteeId().equals(mentee)) {
                continue;
            }
            int taken = used.getOrDefault(candidate.mentorId(), 0);
            if (taken < cohort.capacities().get(candidate.mentorId())) {
                used.put(candidate.mentorId(), taken + 1);
                search(cohort, index + 1, used, matches + 1, score + candidate.score(), best, matchesFirst);
                used.put(candidate.mentorId(), taken);
            }
        }
    }
}
