package org.guildhall.local.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;

/**
 * The outbox's commit-to-consumed latency: members join through the packaged members-service at a fixed rate; a
 * consumer on {@code guildhall.membership} notes when each {@code MemberJoined} arrives. Commit-to-consumed is
 * bounded from above by the time from {@code ce_time} (taken inside the transaction, just before its commit) to the
 * consumer, and from below by the time from the {@code 201} (sent after the commit) to the consumer; the time from
 * the request being sent is shown too.
 *
 * <p>{@code ./mvnw -B -q -pl deploy/local test-compile exec:java
 * -Dexec.mainClass=org.guildhall.local.bench.OutboxLatencyBenchmark [-Dexec.args="100 30"]} (events per second,
 * seconds)
 */
public final class OutboxLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        int perSecond = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int total = perSecond * seconds;
        Path repo = Path.of(System.getProperty("guildhall.repo", "../.."))
                .toAbsolutePath()
                .normalize();

        try (Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(Files.createTempDirectory("guildhall-outbox-bench"))
                .progress(line -> {})
                .start()) {
            URI members = platform.baseUrl(Service.MEMBERS).resolve("/members");
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            Map<String, Long> committedAt = new ConcurrentHashMap<>();
            Map<String, Long> consumedAt = new ConcurrentHashMap<>();
            Map<String, Long> recordedToConsumedNanos = new ConcurrentHashMap<>();
            CountDownLatch allConsumed = new CountDownLatch(total);
            AtomicBoolean consuming = new AtomicBoolean(true);
            Thread consumer =
                    new Thread(() -> consume(platform, consumedAt, recordedToConsumedNanos, allConsumed, consuming));
            consumer.start();

            // warm-up: JIT and connection pools, not measured
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 200; i++) {
                join(http, members, platform.tokens().member("warmup-" + i)).join();
            }

            List<String> tokens = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                tokens.add(platform.tokens().member("bench-" + i));
            }
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
                        String id = "bench-" + i;
                        sentAt.put(id, System.nanoTime());
                        join(http, members, tokens.get(i)).whenComplete((response, error) -> {
                            if (error != null || response.statusCode() != 201) {
                                failures.incrementAndGet();
                            } else {
                                committedAt.put(id, System.nanoTime());
                            }
                            allSent.countDown();
                        });
                    },
                    0,
                    periodNanos,
                    TimeUnit.NANOSECONDS);
            allSent.await(seconds * 3L + 60, TimeUnit.SECONDS);
            pacer.shutdownNow();
            boolean complete = allConsumed.await(60, TimeUnit.SECONDS);
            consuming.set(false);
            consumer.join();

            List<Long> fromCommit = new ArrayList<>();
            List<Long> fromRequest = new ArrayList<>();
            committedAt.forEach((id, committed) -> {
                Long consumed = consumedAt.get(id);
                if (consumed != null) {
                    fromCommit.add(Math.max(0, consumed - committed));
                    fromRequest.add(consumed - sentAt.get(id));
                }
            });
            System.out.printf(
                    "rate %d/s for %d s: %d joins, %d failed, %d consumed%s%n",
                    perSecond, seconds, total, failures.get(), consumedAt.size(), complete ? "" : " (INCOMPLETE)");
            report("recorded in the transaction -> consumed", new ArrayList<>(recordedToConsumedNanos.values()));
            report("response (commit) -> consumed", fromCommit);
            report("request sent -> consumed     ", fromRequest);
        }
    }

    private static java.util.concurrent.CompletableFuture<HttpResponse<Void>> join(
            HttpClient http, URI members, String token) {
        HttpRequest request = HttpRequest.newBuilder(members)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Bench Mark\",\"timeZone\":\"UTC\"}"))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    private static void consume(
            Platform platform,
            Map<String, Long> consumedAt,
            Map<String, Long> recordedToConsumedNanos,
            CountDownLatch allConsumed,
            AtomicBoolean consuming) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers",
                platform.kafka().bootstrapServers(),
                "group.id",
                "outbox-latency-benchmark",
                "auto.offset.reset",
                "earliest",
                "fetch.max.wait.ms",
                "10",
                "key.deserializer",
                StringDeserializer.class.getName(),
                "value.deserializer",
                StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("guildhall.membership"));
            while (consuming.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    String type =
                            new String(record.headers().lastHeader("ce_type").value());
                    if (record.key().startsWith("bench-")
                            && type.endsWith("MemberJoined.v1")
                            && consumedAt.putIfAbsent(record.key(), System.nanoTime()) == null) {
                        // ce_time is taken inside the transaction, just before it commits
                        Instant recorded = Instant.parse(new String(
                                record.headers().lastHeader("ce_time").value()));
                        recordedToConsumedNanos.put(
                                record.key(),
                                Duration.between(recorded, Instant.now()).toNanos());
                        allConsumed.countDown();
                    }
                }
            }
        }
    }

    private static void report(String label, List<Long> nanos) {
        if (nanos.isEmpty()) {
            System.out.println(label + ": no samples");
            return;
        }
        Collections.sort(nanos);
        System.out.printf(
                "%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)%n",
                label, percentile(nanos, 50), percentile(nanos, 99), nanos.get(nanos.size() - 1) / 1e6, nanos.size());
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
