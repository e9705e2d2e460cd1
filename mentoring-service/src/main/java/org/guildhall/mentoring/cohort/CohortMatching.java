package org.guildhall.mentoring.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Pairs a cohort's mentees with its mentors as a global optimum: each mentee gets at most one mentor, each mentor at
 * most their capacity, and the total score is as high as it can be (after the number of matches, if the objective
 * says so). Solved as a minimum-cost flow with JGraphT: every place a mentor offers is one unit of flow to the sink,
 * either through a candidate mentee (cost 100 - score) or unused (cost 100, plus a penalty larger than any score gain
 * when matching as many as possible comes first). Flowing from the places rather than from the mentees needs fewer
 * augmentations when, as usual, mentees outnumber places; the benchmark measured about half the time.
 */
public final class CohortMatching {

    private static final int MAX_SCORE = 100;

    private CohortMatching() {}

    /** A matching's pairs, its unmatched mentees and its total score. */
    public record Matching(List<CandidatePair> pairs, List<String> unmatched, long totalScore) {}

    /**
     * Matches {@code menteeIds} with the mentors of {@code capacities} from {@code candidates} (forbidden pairs are
     * never candidates: {@link MatchingInput} leaves them out). {@code pins} are kept as they are (their mentor
     * capacity is used first).
     */
    public static Matching optimal(
            List<String> menteeIds,
            Map<String, Integer> capacities,
            List<CandidatePair> candidates,
            List<CandidatePair> pins,
            MatchObjective objective) {
        Map<String, Integer> remaining = new HashMap<>(capacities);
        Set<String> pinnedMentees = new HashSet<>();
        List<CandidatePair> pairs = new ArrayList<>();
        for (CandidatePair pin : pins) {
            int left = remaining.getOrDefault(pin.mentorId(), 0);
            if (left <= 0 || !pinnedMentees.add(pin.menteeId())) {
                throw new IllegalArgumentException("pins exceed a capacity or pin a mentee twice: " + pin);
            }
            remaining.put(pin.mentorId(), left - 1);
            pairs.add(pin);
        }

        List<String> open = menteeIds.stream()
                .filter(id -> !pinnedMentees.contains(id))
                .distinct()
                .toList();
        // Flow runs from mentors (supply = their remaining places) through mentees to the sink, so there are as
        // many units as places, and a place left unused costs what leaving a mentee unmatched would.
        // A multigraph skips the duplicate-edge check on each of the (many) candidate edges; duplicates are left out
        // here instead, and each edge carries its capacity and candidate, so no map per edge is needed.
        Graph<Integer, FlowEdge> network = new FlowNetwork();
        int sink = 0;
        network.addVertex(sink);
        Map<String, Integer> menteeVertex = new HashMap<>();
        Map<String, Integer> mentorVertex = new HashMap<>();
        Map<Integer, Integer> supply = new HashMap<>();
        int next = 1;
        for (String mentee : open) {
            menteeVertex.put(mentee, next);
            network.addVertex(next);
            FlowEdge out = new FlowEdge(1, null);
            network.addEdge(next, sink, out);
            network.setEdgeWeight(out, 0);
            next++;
        }
        double unusedPlaceCost = objective == MatchObjective.MOST_MATCHES_THEN_SCORE
                ? MAX_SCORE + (double) MAX_SCORE * (open.size() + 1)
                : MAX_SCORE;
        int places = 0;
        for (Map.Entry<String, Integer> mentor : remaining.entrySet()) {
            if (mentor.getValue() > 0) {
                mentorVertex.put(mentor.getKey(), next);
                network.addVertex(next);
                supply.put(next, mentor.getValue());
                places += mentor.getValue();
                FlowEdge unused = new FlowEdge(mentor.getValue(), null);
                network.addEdge(next, sink, unused);
                network.setEdgeWeight(unused, unusedPlaceCost);
                next++;
            }
        }
        List<FlowEdge> pairEdges = new ArrayList<>(candidates.size());
        Set<Long> seen = new HashSet<>();
        for (CandidatePair candidate : candidates) {
            Integer mentee = menteeVertex.get(candidate.menteeId());
            Integer mentor = mentorVertex.get(candidate.mentorId());
            if (mentee == null || mentor == null || !seen.add(((long) mentor << 32) | mentee)) {
                continue; // not in this cohort, or a duplicate candidate
            }
            FlowEdge edge = new FlowEdge(1, candidate);
            network.addEdge(mentor, mentee, edge);
            network.setEdgeWeight(edge, MAX_SCORE - candidate.score());
            pairEdges.add(edge);
        }

        int demand = places;
        MinimumCostFlowProblem<Integer, FlowEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                network, vertex -> vertex == sink ? -demand : supply.getOrDefault(vertex, 0), FlowEdge::capacity);
        MinimumCostFlowAlgorithm.MinimumCostFlow<FlowEdge> flow =
                new CapacityScalingMinimumCostFlow<Integer, FlowEdge>().getMinimumCostFlow(problem);

        Set<String> matched = new HashSet<>(pinnedMentees);
        for (FlowEdge edge : pairEdges) {
            if (flow.getFlow(edge) > 0.5) {
                pairs.add(edge.candidate());
                matched.add(edge.candidate().menteeId());
            }
        }
        return matching(menteeIds, pairs, matched);
    }

    /**
     * The flow network: a weighted directed multigraph without JGraphT's index of edges by their two ends, which
     * the flow algorithm does not use and which costs an object per candidate pair.
     */
    private static final class FlowNetwork extends AbstractBaseGraph<Integer, FlowEdge> {

        FlowNetwork() {
            super(
                    null,
                    null,
                    DefaultGraphType.directedMultigraph().asWeighted(),
                    new DefaultGraphSpecificsStrategy<>());
        }
    }

    /** An edge of the flow network: how many units it carries at most, and the candidate pair it stands for, if any. */
    private static final class FlowEdge extends DefaultWeightedEdge {

        private final int capacity;
        private final transient CandidatePair candidate;

        FlowEdge(int capacity, CandidatePair candidate) {
            this.capacity = capacity;
            this.candidate = candidate;
        }

        int capacity() {
            return capacity;
        }

        CandidatePair candidate() {
            return candidate;
        }
    }

    static Matching matching(List<String> menteeIds, List<CandidatePair> pairs, Set<String> matched) {
        List<CandidatePair> ordered = new ArrayList<>(pairs);
        ordered.sort(Comparator.comparing(CandidatePair::menteeId));
        List<String> unmatched = menteeIds.stream()
                .distinct()
                .filter(id -> !matched.contains(id))
                .toList();
        long total = ordered.stream().mapToLong(CandidatePair::score).sum();
        return new Matching(List.copyOf(ordered), unmatched, total);
    }
}
