package org.guildhall.local.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * -Dexec.mainClass=org.guildhall.local.bench.OutboxLatencyBenchmark [-Dexec.args="100 30 60"]} (joins per second,
 * seconds measured, seconds of warm-up at the same rate before, default 60: the services' JIT compilers need about
 * that to finish the hot paths). The services run with the launcher's JVM options ({@link Platform#DEFAULT_JAVA_OPTIONS}).
 * It prints the CPU time each process used while the measured joins were sent ({@link CpuShares}): what keeps the
 * machine's cores busy.
 */
public final class OutboxLatencyBenchmark {

    private static final List<Service> CONSUMERS = List.of(Service.EVENTS, Service.MENTORING, Service.NOTIFICATIONS);

    public static void main(String[] args) throws Exception {
        int perSecond = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmUpSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
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

            // warm-up at the measured rate: JIT, connection pools, consumer groups; not measured
            HttpClient http = HttpClient.newHttpClient();
            List<String> warmUp = new ArrayList<>(perSecond * warmUpSeconds);
            for (int i = 0; i < perSecond * warmUpSeconds; i++) {
                warmUp.add(platform.tokens().member("warmup-" + i));
            }
            Joins.paced(http, members, warmUp, perSecond, Duration.ofSeconds(warmUpSeconds * 3L + 60));
            // the measured joins start when every consumer has applied the warm-up's, not behind its backlog
            Instant warmedUp = Instant.now();
            awaitApplied(platform, CommitTimes.joins(membersDb, "warmup-", ignored -> {}), Duration.ofMinutes(10));
            System.out.printf(
                    "warm-up: %d joins at %d/s; every consumer applied them %d s after the last was answered%n",
                    warmUp.size(),
                    perSecond,
                    Duration.between(warmedUp, Instant.now()).toSeconds());

            List<String> tokens = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                tokens.add(platform.tokens().member("bench-" + i));
            }
            String loadBefore = CommitTimes.loadAverage();
            Instant started = Instant.now();
            CpuShares cpuBefore = CpuShares.read(platform);
            int failures = Joins.paced(http, members, tokens, perSecond, Duration.ofSeconds(seconds * 3L + 60));
            CpuShares cpuAfter = CpuShares.read(platform);
            Duration sending = Duration.between(started, Instant.now());

            List<String> rewritten = new ArrayList<>();
            List<CommitTimes.Published> published = CommitTimes.joins(membersDb, "bench-", rewritten::add);
            Map<Service, Map<String, CommitTimes.Applied>> applied =
                    awaitApplied(platform, published, Duration.ofSeconds(120));
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
                    failures,
                    published.size(),
                    rewritten.size(),
                    loadBefore,
                    loadAfter,
                    Runtime.version());
            System.out.println("CPU while the joins were sent (" + sending.toSeconds() + " s):");
            cpuAfter.since(
                            cpuBefore,
                            total,
                            "join",
                            sending,
                            Runtime.getRuntime().availableProcessors())
                    .forEach(System.out::println);
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

    /** Waits until every consumer applied {@code published}, or {@code timeout} passed; what each applied. */
    private static Map<Service, Map<String, CommitTimes.Applied>> awaitApplied(
            Platform platform, List<CommitTimes.Published> published, Duration timeout) throws Exception {
        List<String> ids =
                published.stream().map(CommitTimes.Published::eventId).toList();
        Map<Service, Map<String, CommitTimes.Applied>> applied = new EnumMap<>(Service.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Service service : CONSUMERS) {
            String db = platform.postgres().jdbcUrl(service.database());
            Map<String, CommitTimes.Applied> times = CommitTimes.applied(db, ids);
            while (times.size() < ids.size() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
                times = CommitTimes.applied(db, ids);
            }
            applied.put(service, times);
        }
        return applied;
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
