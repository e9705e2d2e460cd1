package org.guildhall.local.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.bench.PackagedService;

/**
 * Outbox commit to consumer applied, exactly, with one service and a consumer (issue 17 §2). The packaged
 * members-service and events-service run as their own processes on one PostgreSQL (commit timestamps on) and one
 * Kafka broker. Members join through {@code POST /members} at a fixed rate; each join commits a {@code MemberJoined}
 * and a {@code MembershipStatusChanged} with the member row, the relay (woken after the commit) publishes them, and
 * events-service applies them through the kit's inbox (member snapshot and {@code processed_message} in one
 * transaction). The latency of an event is the commit time of its inbox row minus the commit time of the member row
 * ({@link CommitTimes}); both read from PostgreSQL after the run.
 *
 * <p>{@code ./mvnw -B -o -pl deploy/local test-compile exec:java
 * -Dexec.mainClass=org.guildhall.local.bench.CommitToAppliedBenchmark [-Dexec.args="100,1000 30 60"]} (event rates
 * per second, each one after the other, two events per join; seconds per rate; seconds of warm-up at 100 joins/s
 * before the first, default 60, long enough for the services' JIT compilers to finish the hot paths: with 10 s they
 * were still compiling at a core's worth each through the measured phase). {@code
 * -Dguildhall.bench.service-java-options} sets the services' JVM options ({@link PackagedService#JAVA_OPTIONS}). For
 * each phase it prints the CPU time each service used, per event. Needs the packaged members-service and
 * events-service ({@code ./mvnw -B -o -pl members-service,events-service -am package -DskipTests}).
 */
public final class CommitToAppliedBenchmark {

    private static final int EVENTS_PER_JOIN = 2;

    public static void main(String[] args) throws Exception {
        List<Integer> eventRates = args.length > 0
                ? java.util.Arrays.stream(args[0].split(","))
                        .map(Integer::valueOf)
                        .toList()
                : List.of(100, 1000);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmUpSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        if (System.getProperty("guildhall.repo") == null) {
            System.setProperty(
                    "guildhall.repo",
                    Path.of("../..").toAbsolutePath().normalize().toString());
        }
        System.setProperty(Postgres.TRACK_COMMIT_TIMESTAMP, "true");
        SigningKey key = SigningKey.generate();
        TestTokens tokens = new TestTokens(key, TestTokens.ISSUER);
        try (Postgres postgres = Postgres.startTemporary();
                KafkaBroker kafka = KafkaBroker.startTemporary()) {
            String membersDb = postgres.ensureDatabase("members");
            String eventsDb = postgres.ensureDatabase("events");
            CommitTimes.requireTracking(membersDb);
            try (PackagedService members =
                            PackagedService.start("members-service", freePort(), membersDb, kafka, key, Map.of());
                    PackagedService events =
                            PackagedService.start("events-service", freePort(), eventsDb, kafka, key, Map.of());
                    Arrivals arrivals = new Arrivals(kafka.bootstrapServers(), "guildhall.membership", "")) {
                System.out.println("logs: " + members.log() + " " + events.log());
                System.out.println("benchmark on JDK " + Runtime.version() + "; the services: `java` on the PATH, "
                        + members.command());
                URI join = URI.create("http://localhost:" + members.port() + "/members");
                HttpClient http = HttpClient.newHttpClient();
                // warm-up: JIT, pools, the consumer group's assignment; not measured
                run(http, join, tokens, "warmup-", 100, warmUpSeconds, membersDb, eventsDb, arrivals);
                for (int rate : eventRates) {
                    String load = CommitTimes.loadAverage();
                    Duration membersCpu = members.cpuTime();
                    Duration eventsCpu = events.cpuTime();
                    Result result = run(
                            http,
                            join,
                            tokens,
                            "rate" + rate + "-",
                            rate / EVENTS_PER_JOIN,
                            seconds,
                            membersDb,
                            eventsDb,
                            arrivals);
                    System.out.printf(
                            "%n%d events/s (%d joins/s) for %d s, %s: %d joins, %d failed, %d events, %d applied,"
                                    + " %d not measurable (member row rewritten); load average %s -> %s%n",
                            rate,
                            rate / EVENTS_PER_JOIN,
                            seconds,
                            Instant.now(),
                            result.joins,
                            result.failed,
                            result.events,
                            result.appliedMicros.size(),
                            result.rewritten,
                            load,
                            CommitTimes.loadAverage());
                    System.out.printf(
                            "  CPU time per event committed: members-service %.2f ms, events-service %.2f ms%n",
                            members.cpuTime().minus(membersCpu).toNanos() / 1e6 / result.events,
                            events.cpuTime().minus(eventsCpu).toNanos() / 1e6 / result.events);
                    System.out.println("  commit -> applied (events-service inbox commit): "
                            + CommitTimes.summary(result.appliedMicros));
                    System.out.println("  commit -> start of the applying transaction (processed_at): "
                            + CommitTimes.summary(result.applyingMicros));
                    System.out.println("  commit -> relay marked it sent (broker acknowledged): "
                            + CommitTimes.summary(result.markedSentMicros));
                    System.out.println("  commit -> received by a plain consumer in the benchmark: "
                            + CommitTimes.summary(result.receivedMicros));
                }
            }
        }
        System.exit(0);
    }

    private record Result(
            int joins,
            int failed,
            int events,
            int rewritten,
            List<Long> appliedMicros,
            List<Long> applyingMicros,
            List<Long> markedSentMicros,
            List<Long> receivedMicros) {}

    /** Joins {@code perSecond} members a second for {@code seconds}, waits until they are applied, and measures. */
    static Result run(
            HttpClient http,
            URI join,
            TestTokens tokens,
            String prefix,
            int perSecond,
            int seconds,
            String membersDb,
            String eventsDb,
            Arrivals arrivals)
            throws Exception {
        int total = perSecond * seconds;
        List<String> signed = IntStream.range(0, total)
                .parallel()
                .mapToObj(i -> tokens.member(prefix + i))
                .toList();
        int failed = Joins.paced(http, join, signed, perSecond, Duration.ofSeconds(seconds * 4L + 60));

        List<String> rewritten = new ArrayList<>();
        List<CommitTimes.Published> published = CommitTimes.joins(membersDb, prefix, rewritten::add);
        List<String> ids =
                published.stream().map(CommitTimes.Published::eventId).toList();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Map<String, CommitTimes.Applied> applied = CommitTimes.applied(eventsDb, ids);
        while (applied.size() < ids.size() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
            applied = CommitTimes.applied(eventsDb, ids);
        }
        // read again: the relay marks rows sent after the broker's acknowledgement, possibly after they were applied
        published = CommitTimes.joins(membersDb, prefix, ignored -> {});
        List<Long> toApplied = new ArrayList<>();
        List<Long> toApplying = new ArrayList<>();
        List<Long> toMarked = new ArrayList<>();
        List<Long> toReceived = new ArrayList<>();
        for (CommitTimes.Published event : published) {
            CommitTimes.Applied at = applied.get(event.eventId());
            if (at != null) {
                toApplied.add(at.committedMicros() - event.committedMicros());
                toApplying.add(at.startedMicros() - event.committedMicros());
            }
            Long received = arrivals.of(event.eventId());
            if (received != null) {
                toReceived.add(received - event.committedMicros());
            }
            if (event.markedSentMicros() != null) {
                toMarked.add(event.markedSentMicros() - event.committedMicros());
            }
        }
        return new Result(
                total, failed, published.size(), rewritten.size(), toApplied, toApplying, toMarked, toReceived);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
