package org.guildhall.mentoring.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.fit.MentorOffering;
import org.guildhall.mentoring.fit.Weights;
import org.guildhall.mentoring.suggestion.SuggestionRanking;

/**
 * Suggestions for one mentee among 10,000 mentors: latency of the ranking (filters, scores, exposure spreading, the
 * explanation of the top 10) over many mentees, p50/p95/p99. Run with {@code ./mvnw -B -o -pl mentoring-service
 * test-compile exec:java -Dexec.mainClass=org.guildhall.mentoring.bench.SuggestionBenchmark}.
 */
public final class SuggestionBenchmark {

    private static final int MENTORS = 10_000;
    private static final int WARM_UP = 500;
    private static final int MEASURED = 2_000;

    private SuggestionBenchmark() {}

    public static void main(String[] args) {
        Random random = new Random(7);
        RandomProfiles profiles = new RandomProfiles(random);
        List<MentorOffering> mentors = new ArrayList<>();
        for (int i = 0; i < MENTORS; i++) {
            int capacity = 1 + random.nextInt(5);
            mentors.add(profiles.mentor("mentor-" + i, capacity, random.nextInt(capacity)));
        }
        SuggestionRanking ranking = new SuggestionRanking(new MentorFit(Weights.asConfigured()), 0.3);
        Set<String> excluded = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            excluded.add("mentor-" + random.nextInt(MENTORS));
        }

        int shown = 0;
        for (int i = 0; i < WARM_UP; i++) {
            shown += ranking.rank(profiles.mentee("warm-" + i), mentors, excluded, 10)
                    .size();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            MenteeNeeds mentee = profiles.mentee("mentee-" + i);
            long start = System.nanoTime();
            shown += ranking.rank(mentee, mentors, excluded, 10).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "suggestions among %,d mentors, %,d mentees measured after %,d warm-up: p50 %.2f ms, p95 %.2f ms,"
                        + " p99 %.2f ms, max %.2f ms (%,d suggestions shown)%n",
                MENTORS,
                MEASURED,
                WARM_UP,
                nanos[MEASURED / 2] / 1e6,
                nanos[(int) (MEASURED * 0.95)] / 1e6,
                nanos[(int) (MEASURED * 0.99)] / 1e6,
                nanos[MEASURED - 1] / 1e6,
                shown);
    }
}
