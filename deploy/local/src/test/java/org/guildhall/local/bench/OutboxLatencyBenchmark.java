package org.guildhall.local.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.guildhall.testkit.Postgres;

/**
 * The outbox's commit-to-applied latency with the whole platform running (issue 17 §2): members join through the
 * packaged members-service at a fixed rate while every service runs; events-service, mentoring-service and
 * notifications-service apply each {@code MemberJoined} and {@code MembershipStatusChanged} through the kit's inbox
 * (notifications-service also stores and e-mails a welcome). Measured exactly from PostgreSQL's commit timestamps
 * ({@link CommitTimes}): the join's commit (the member row's) to the commit of each consumer's inbox row. A plain Kafka
 * consumer in the benchmark notes when each event reaches it (this machine's wall clock, which PostgreSQL's commit
 * timestamps also read), which splits the time into delivery and applying.
 *
 * <p>{@code ./mvnw -B -o -q -pl deploy/local test-compile exec:java
 * -Dexec.mainClass=org.guildhall.local.bench.OutboxLatencyBenchmark [-Dexec.args="100 30"]} (joins per second,
 * seconds)
 */
public final class OutboxLatencyBenchmark {

    private static final List<Service> CONSUMERS = List.of(Service.EVENTS, Service.MENTORING, Service.NOTIFICATIONS);

    public static void main(String[] args) throws Exception {
        int perSecond = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int total = perSecond * seconds;
        Path repo = Path.of(System.getProperty("guildhall.repo", "../.."))
                .toAbsolutePath()
                .normalize();
        System.setProperty(Postgres.TRACK_COMMIT_TIMESTAMP, "true");

        try (Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(Files.createTempDirectory("guildhall-outbox-bench"))
                .progress(line -> {})
                .start()) {
            String membersDb = platform.postgres().jdbcUrl(Service.MEMBERS.database());
            CommitTimes.requireTracking(membersDb);
            URI members = platform.baseUrl(Service.MEMBERS).resolve("/members");
            Arrivals arrivals = new Arrivals(platform.kafka().bootstrapServers(), "guildhall.membership", "bench-");

            // warm-up: JIT and connection pools, not measured
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 200; i++) {
                Joins.join(http, members, platform.tokens().member("warmup-" + i))
                        .join();
            }

            List<String> tokens = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                tokens.add(platform.tokens().member("bench-" + i));
            }
            String loadBefore = CommitTimes.loadAverage();
            Instant started = Instant.now();
            AtomicInteger failures = new AtomicInteger();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger next = new AtomicInteger();
            long periodNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
            CountDownLatch allSent = new CountDownLatch(total);
            pacer.scheduleAtFixedRate(
                    () -> {
                        int i = next.getAndIncrement();
                        if (i >= total) {
                            return;
                        }
                        Joins.join(http, members, tokens.get(i)).whenComplete((response, error) -> {
                            if (error != null || response.statusCode() != 201) {
                                failures.incrementAndGet();
                            }
                            allSent.countDown();
                        });
                    },
                    0,
                    periodNanos,
                    TimeUnit.NANOSECONDS);
            allSent.await(seconds * 3L + 60, TimeUnit.SECONDS);
            pacer.shutdownNow();

            List<String> rewritten = new ArrayList<>();
            List<CommitTimes.Published> published = CommitTimes.joins(membersDb, "bench-", rewritten::add);
            List<String> ids =
                    published.stream().map(CommitTimes.Published::eventId).toList();
            Map<Service, Map<String, CommitTimes.Applied>> applied = new EnumMap<>(Service.class);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (Service service : CONSUMERS) {
                String db = platform.postgres().jdbcUrl(service.database());
                Map<String, CommitTimes.Applied> times = CommitTimes.applied(db, ids);
                while (times.size() < ids.size() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
                    times = CommitTimes.applied(db, ids);
                }
                applied.put(service, times);
            }
            String loadAfter = CommitTimes.loadAverage();
            arrivals.close();
            published = CommitTimes.joins(membersDb, "bench-", ignored -> {});

            System.out.printf(
                    "%d joins/s for %d s from %s: %d joins, %d failed, %d events (%d not measurable: member row"
                            + " rewritten); load average %s -> %s; JDK of this JVM %s%n",
                    perSecond,
                    seconds,
                    started,
                    total,
                    failures.get(),
                    published.size(),
                    rewritten.size(),
                    loadBefore,
                    loadAfter,
                    Runtime.version());
            report("commit -> relay marked it sent (acknowledged)", published, event -> event.markedSentMicros());
            report("commit -> received by a plain consumer     ", published, event -> arrivals.of(event.eventId()));
            for (Service service : CONSUMERS) {
                Map<String, CommitTimes.Applied> times = applied.get(service);
                report(
                        "commit -> applied by " + service.serviceName() + " (" + times.size() + " of "
                                + published.size() + ")",
                        published,
                        event -> times.containsKey(event.eventId())
                                ? times.get(event.eventId()).committedMicros()
                                : null);
                report(
                        "  of which before its applying transaction began",
                        published,
                        event -> times.containsKey(event.eventId())
                                ? times.get(event.eventId()).startedMicros()
                                : null);
            }
        }
    }

    private static void report(
            String label,
            List<CommitTimes.Published> published,
            java.util.function.Function<CommitTimes.Published, Long> endMicros) {
        List<Long> latencies = new ArrayList<>();
        for (CommitTimes.Published event : published) {
            Long end = endMicros.apply(event);
            if (end != null) {
                latencies.add(end - event.committedMicros());
            }
        }
        System.out.println(label + ": " + CommitTimes.summary(latencies));
    }
}
