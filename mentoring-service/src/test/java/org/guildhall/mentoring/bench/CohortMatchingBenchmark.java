package org.guildhall.mentoring.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.guildhall.mentoring.cohort.CandidatePair;
import org.guildhall.mentoring.cohort.Candidates;
import org.guildhall.mentoring.cohort.CohortMatching;
import org.guildhall.mentoring.cohort.GreedyMatching;
import org.guildhall.mentoring.cohort.MatchObjective;
import org.guildhall.mentoring.fit.MenteeNeeds;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.fit.MentorOffering;
import org.guildhall.mentoring.fit.Weights;

/**
 * Cohort matching of 10,000 mentees and 2,000 mentors (capacities 1 to 5), each mentee's best 50 candidates: time,
 * memory and total score of the optimal matching against greedy. Run with {@code ./mvnw -B -o -pl mentoring-service
 * test-compile exec:java -Dexec.mainClass=org.guildhall.mentoring.bench.CohortMatchingBenchmark}.
 */
public final class CohortMatchingBenchmark {

    private static final int MENTEES = 10_000;
    private static final int MENTORS = 2_000;
    private static final int BEST = 50;

    private CohortMatchingBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Random random = new Random(42);
        RandomProfiles profiles = new RandomProfiles(random);
        List<MentorOffering> mentors = new ArrayList<>();
        Map<String, Integer> capacities = new HashMap<>();
        for (int i = 0; i < MENTORS; i++) {
            MentorOffering mentor = profiles.mentor("mentor-" + i, 1 + random.nextInt(5), 0);
            mentors.add(mentor);
            capacities.put(mentor.memberId(), mentor.capacity());
        }
        List<MenteeNeeds> mentees = new ArrayList<>();
        for (int i = 0; i < MENTEES; i++) {
            mentees.add(profiles.mentee("mentee-" + i));
        }
        MentorFit fit = new MentorFit(Weights.asConfigured());

        for (int run = 1; run <= runs; run++) {
            System.gc();
            long candidatesStart = System.nanoTime();
            List<CandidatePair> candidates = Candidates.best(fit, mentees, mentors, Set.of(), BEST).values().stream()
                    .flatMap(List::stream)
                    .toList();
            long candidatesMillis = (System.nanoTime() - candidatesStart) / 1_000_000;
            List<String> menteeIds = mentees.stream().map(MenteeNeeds::memberId).toList();

            for (MatchObjective objective : MatchObjective.values()) {
                System.gc();
                long heapBefore = usedHeap();
                HeapWatch watch = HeapWatch.start();
                long start = System.nanoTime();
                CohortMatching.Matching optimal =
                        CohortMatching.optimal(menteeIds, capacities, candidates, List.of(), objective);
                long millis = (System.nanoTime() - start) / 1_000_000;
                long peak = watch.stop();
                CohortMatching.Matching greedy = GreedyMatching.of(menteeIds, capacities, candidates);
                System.out.printf(
                        "run %d %-24s candidates %,d in %,d ms | solve %,d ms, peak heap above baseline %,d MiB | "
                                + "optimal: %,d matched, total %,d | greedy: %,d matched, total %,d (%+.2f%%)%n",
                        run,
                        objective,
                        candidates.size(),
                        candidatesMillis,
                        millis,
                        Math.max(0, peak - heapBefore) / (1024 * 1024),
                        optimal.pairs().size(),
                        optimal.totalScore(),
                        greedy.pairs().size(),
                        greedy.totalScore(),
                        100.0 * (optimal.totalScore() - greedy.totalScore()) / greedy.totalScore());
            }
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Samples the used heap while the solver runs, to report its peak. */
    private static final class HeapWatch implements Runnable {
        private volatile boolean running = true;
        private volatile long peak;
        private Thread thread;

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.peak = usedHeap();
            watch.thread = new Thread(watch, "heap-watch");
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, usedHeap());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        long stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(peak, usedHeap());
        }
    }
}
