package org.guildhall.events.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.guildhall.testkit.bench.PackagedService;

/**
 * Registrations per second and latency when every request goes to one hot event (all queueing on its row lock) versus
 * the same load spread over 20 events. Runs the packaged service ({@code target/quarkus-app}) against a temporary
 * PostgreSQL and Kafka, and drives it over HTTP with real signed tokens.
 *
 * <p>{@code ./mvnw -B -o -pl events-service install -DskipTests} then {@code ./mvnw -B -o -pl events-service
 * test-compile exec:java -Dexec.mainClass=org.guildhall.events.bench.HotEventBenchmark
 * [-Dexec.args="<registrations> <clients> <rounds>"]}
 *
 * <p>{@code -Dguildhall.jars=<quarkus-run.jar>,<another quarkus-run.jar>} compares builds side by side: each runs as its
 * own service on its own database (ports 18082, 18083, ...), and every round runs each in turn (the order reversed
 * every other round), so a change of load falls on all alike. Each run also reads the service's
 * {@code guildhall.events.event.lock.held} timer: how long a registration held an event's row lock, on average, and
 * the share of the run's time that the locks were held (for the hot event, how busy its one lock was). The services'
 * JVM options are {@code -Xmx768m} unless {@code -Dguildhall.bench.service-java-options} says others
 * ({@link PackagedService#JAVA_OPTIONS}).
 */
public final class HotEventBenchmark {

    private static final int PORT = 18082;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int registrations = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Path> jars = new ArrayList<>();
        for (String jar : System.getProperty("guildhall.jars", System.getProperty("guildhall.jar", DEFAULT_JAR))
                .split(",")) {
            jars.add(located(Path.of(jar.strip())));
        }
        SigningKey key = SigningKey.generate();
        TestTokens tokens = new TestTokens(key, TestTokens.ISSUER);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Process> processes = new ArrayList<>();
        try (Postgres postgres = Postgres.startTemporary();
                KafkaBroker kafka = KafkaBroker.startTemporary()) {
            List<Service> services = new ArrayList<>();
            for (int i = 0; i < jars.size(); i++) {
                int port = PORT + i;
                Path log = Files.createTempFile("events-service-bench-" + i + "-", ".log");
                List<String> command = new ArrayList<>(List.of("java"));
                command.addAll(List.of(System.getProperty(PackagedService.JAVA_OPTIONS, "-Xmx768m")
                        .trim()
                        .split("\\s+")));
                command.addAll(List.of("-jar", jars.get(i).toString()));
                ProcessBuilder service =
                        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
                service.environment()
                        .putAll(Map.of(
                                "QUARKUS_HTTP_PORT",
                                Integer.toString(port),
                                "QUARKUS_DATASOURCE_JDBC_URL",
                                postgres.ensureDatabase(i == 0 ? "events" : "events" + i),
                                "QUARKUS_DATASOURCE_USERNAME",
                                Postgres.USER,
                                "QUARKUS_DATASOURCE_PASSWORD",
                                Postgres.PASSWORD,
                                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE",
                                "20",
                                "KAFKA_BOOTSTRAP_SERVERS",
                                kafka.bootstrapServers(),
                                "QUARKUS_OIDC_PUBLIC_KEY",
                                key.publicKeyBase64(),
                                "QUARKUS_OIDC_TOKEN_ISSUER",
                                TestTokens.ISSUER,
                                "QUARKUS_LOG_LEVEL",
                                "WARN"));
                Process process = service.start();
                processes.add(process);
                awaitReady(http, process, port);
                String name = jars.size() == 1 ? "" : "[" + label(jars.get(i)) + "] ";
                services.add(new Service(name, port));
                System.out.printf("%sservice %s on port %d, log %s%n", name, jars.get(i), port, log);
            }
            String coordinator = tokens.coordinator("bench-coordinator");
            System.out.printf(
                    "%d registrations per round, %d concurrent clients, %d rounds%n", registrations, clients, rounds);
            for (Service service : services) {
                run(http, tokens, coordinator, service, "warm-up", 1, registrations / 2, clients);
            }
            Map<Service, List<Result>> hot = new LinkedHashMap<>();
            Map<Service, List<Result>> spread = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                List<Service> order = new ArrayList<>(services);
                if (round % 2 == 0) {
                    Collections.reverse(order);
                }
                for (Service service : order) {
                    hot.computeIfAbsent(service, s -> new ArrayList<>())
                            .add(run(http, tokens, coordinator, service, "hot (1 event)", 1, registrations, clients));
                    spread.computeIfAbsent(service, s -> new ArrayList<>())
                            .add(run(
                                    http,
                                    tokens,
                                    coordinator,
                                    service,
                                    "spread (20 events)",
                                    20,
                                    registrations,
                                    clients));
                }
            }
            System.out.println();
            for (Service service : services) {
                Result bestHot = best(hot.get(service));
                Result bestSpread = best(spread.get(service));
                System.out.printf(
                        "%sbest hot %.0f/s (p99 %.1f ms), best spread %.0f/s (p99 %.1f ms): hot keeps %.0f%% of"
                                + " spread throughput (target >= 50%%)%n",
                        service.name(),
                        bestHot.perSecond(),
                        bestHot.p99Millis(),
                        bestSpread.perSecond(),
                        bestSpread.p99Millis(),
                        100 * bestHot.perSecond() / bestSpread.perSecond());
            }
        } finally {
            for (Process process : processes) {
                process.destroy();
                process.waitFor();
            }
        }
    }

    private static final String DEFAULT_JAR = "target/quarkus-app/quarkus-run.jar";

    /** exec:java runs in the directory Maven was started from: the module's or the repository's. */
    private static Path located(Path jar) {
        Path found = Files.exists(jar) ? jar : Path.of("events-service").resolve(jar);
        if (!Files.exists(found)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build the module first");
        }
        return found;
    }

    /** The build a jar belongs to, by its directory: {@code /tmp/before/quarkus-run.jar} is "before". */
    private static String label(Path jar) {
        Path directory = jar.toAbsolutePath().getParent();
        return directory == null ? jar.toString() : directory.getFileName().toString();
    }

    private record Service(String name, int port) {}

    private record Result(String scenario, int ok, int failed, double perSecond, double p50Millis, double p99Millis) {}

    /** The lock timer's count and total (seconds) as /q/metrics shows them; NaN when the service has no such timer. */
    private record LockTimer(double count, double seconds) {

        double meanMillisSince(LockTimer before) {
            return 1000 * (seconds - before.seconds) / (count - before.count);
        }
    }

    private static Result best(List<Result> results) {
        return results.stream()
                .max((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
                .orElseThrow();
    }

    private static Result run(
            HttpClient http,
            TestTokens tokens,
            String coordinator,
            Service service,
            String scenario,
            int eventCount,
            int registrations,
            int clients)
            throws Exception {
        int port = service.port();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < eventCount; i++) {
            events.add(createEvent(http, port, coordinator, registrations));
        }
        List<String> members = new ArrayList<>();
        for (int i = 0; i < registrations; i++) {
            members.add(tokens.member("bench-" + UUID.randomUUID()));
        }
        long[] latencies = new long[registrations];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        LockTimer lockBefore = lockTimer(http, port);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < registrations; i = next.getAndIncrement()) {
                    String event = events.get(i % events.size());
                    HttpRequest request = HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/events/" + event + "/registrations"))
                            .header("Authorization", "Bearer " + members.get(i))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build();
                    long sent = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (status != 201) {
                            failed.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failed.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LockTimer lockAfter = lockTimer(http, port);
        pool.shutdown();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        Result result = new Result(
                scenario,
                registrations - failed.get(),
                failed.get(),
                (registrations - failed.get()) / seconds,
                sorted[(int) (sorted.length * 0.50)] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
        System.out.printf(
                "%s%-20s %6d ok %4d failed %8.0f registrations/s   p50 %7.1f ms   p99 %7.1f ms"
                        + "   lock held %5.2f ms per registration, %3.0f%% of the time%n",
                service.name(),
                result.scenario(),
                result.ok(),
                result.failed(),
                result.perSecond(),
                result.p50Millis(),
                result.p99Millis(),
                lockAfter.meanMillisSince(lockBefore),
                100 * (lockAfter.seconds() - lockBefore.seconds()) / seconds);
        return result;
    }

    /** An open event with seats for half the load, so both confirmations and the waitlist are exercised. */
    private static String createEvent(HttpClient http, int port, String coordinator, int registrations)
            throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        String body =
                """
                {"title":"Benchmark summit","type":"CONFERENCE","startsAt":"%s","endsAt":"%s",
                 "timeZone":"Europe/London","venue":"Guildhall","capacity":%d,"membersOnly":false}"""
                        .formatted(start, start.plus(Duration.ofHours(8)), Math.max(1, registrations / 2));
        String id = send(http, port, coordinator, "/events", body, 201);
        send(http, port, coordinator, "/events/" + id + "/publish", "", 200);
        return id;
    }

    private static String send(HttpClient http, int port, String token, String path, String body, int expected)
            throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        Matcher id = ID.matcher(response.body());
        return id.find() ? id.group(1) : null;
    }

    private static LockTimer lockTimer(HttpClient http, int port) throws Exception {
        String metrics = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return new LockTimer(metric(metrics, "_count"), metric(metrics, "_sum"));
    }

    private static double metric(String metrics, String suffix) {
        Matcher value = Pattern.compile(
                        "^guildhall_events_event_lock_held_seconds" + suffix + "(\\{[^}]*\\})? (\\S+)$",
                        Pattern.MULTILINE)
                .matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(2)) : Double.NaN;
    }

    private static void awaitReady(HttpClient http, Process process, int port) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (process.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens a little after the process starts
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new IllegalStateException("the service exited before it was ready");
    }
}
