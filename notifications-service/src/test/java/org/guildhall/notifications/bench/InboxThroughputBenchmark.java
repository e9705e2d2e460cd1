package org.guildhall.notifications.bench;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.bench.PackagedService;

/**
 * Events consumed per second into notifications, and the latency from a producer's commit (the broker's ack with
 * {@code acks=all}, which is when an outbox relay marks its row sent) to the inbox row. The packaged
 * notifications-service runs as a child process on this JVM's PostgreSQL and Kafka; the benchmark publishes
 * {@code RegistrationConfirmed} events (each one a notification, a delivery row and two read-model rows), first as a
 * burst for throughput, then at a fixed rate for latency. Row times are the service's {@code created_at} (same
 * machine, same wall clock).
 *
 * <p>{@code ./mvnw -B -o -pl notifications-service install -DskipTests} once, then {@code ./mvnw -B -o -pl
 * notifications-service test-compile exec:java -Dexec.mainClass=org.guildhall.notifications.bench.InboxThroughputBenchmark
 * [-Dexec.args="20000 500 20"]} (burst size, paced rate per second, paced seconds)
 */
public final class InboxThroughputBenchmark {

    private static final String TEMPLATE = ContractExamples.example(EventsEvents.REGISTRATION_CONFIRMED);

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Postgres postgres = Postgres.shared();
        KafkaBroker kafka = KafkaBroker.shared();
        String database = "notifications_bench_" + System.currentTimeMillis();
        String jdbcUrl = postgres.ensureDatabase(database);
        // nothing is mailed in the benchmark: every delivery is suppressed (no address known)
        try (PackagedService service = PackagedService.start(
                        "notifications-service",
                        freePort(),
                        jdbcUrl,
                        kafka,
                        SigningKey.shared(),
                        Map.of("QUARKUS_MAILER_MOCK", "true"));
                KafkaProducer<String, String> producer = producer(kafka.bootstrapServers());
                Connection db = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD)) {
            System.out.println("notifications-service log: " + service.log());
            publish(producer, "warmup", 2_000, 0);
            awaitRows(db, "warmup", 2_000);

            Map<String, Instant> burstAcks = publish(producer, "burst", burst, 0);
            Instant burstStart = Collections.min(burstAcks.values());
            Map<String, Instant> burstRows = awaitRows(db, "burst", burst);
            Instant burstEnd = Collections.max(burstRows.values());
            double perSecond = burst / (Duration.between(burstStart, burstEnd).toNanos() / 1e9);
            System.out.printf(
                    "burst: %d events into notifications in %.2f s: %.0f events/s%n",
                    burst, Duration.between(burstStart, burstEnd).toNanos() / 1e9, perSecond);

            Map<String, Instant> pacedAcks = publish(producer, "paced", rate * seconds, rate);
            Map<String, Instant> pacedRows = awaitRows(db, "paced", rate * seconds);
            List<Long> latencies = new ArrayList<>();
            pacedAcks.forEach((member, ack) -> latencies.add(
                    Math.max(0, Duration.between(ack, pacedRows.get(member)).toNanos())));
            Collections.sort(latencies);
            System.out.printf(
                    "paced %d events/s for %d s: producer commit -> inbox row p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                            + " (n=%d)%n",
                    rate,
                    seconds,
                    percentile(latencies, 50),
                    percentile(latencies, 99),
                    latencies.get(latencies.size() - 1) / 1e6,
                    latencies.size());
        }
        System.exit(0);
    }

    /** Sends {@code count} events for members {@code <prefix>-<i>}; {@code rate} 0 means as fast as possible. */
    private static Map<String, Instant> publish(
            KafkaProducer<String, String> producer, String prefix, int count, int rate) throws InterruptedException {
        Map<String, Instant> acks = new ConcurrentHashMap<>();
        CountDownLatch acked = new CountDownLatch(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (rate > 0) {
                long due = start + TimeUnit.SECONDS.toNanos(1) * i / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            String member = prefix + "-" + i;
            String eventId = UUID.randomUUID().toString();
            String payload = TEMPLATE.replace("5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11", member)
                    .replace(
                            "4f6a8b0c-2d4e-4f6a-8b0c-2d4e6f8a0b1c",
                            UUID.randomUUID().toString())
                    .replace("e7a1c2d3-4b5c-4d6e-9f0a-1b2c3d4e5f60", "bench-event-" + (i % 50));
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(Topics.EVENTS, "bench-event-" + (i % 50), payload);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", eventId);
            header(record, "ce_type", EventsEvents.REGISTRATION_CONFIRMED.type());
            header(record, "ce_source", "benchmark");
            header(record, "ce_subject", "bench-event-" + (i % 50));
            header(record, "ce_time", Instant.now().toString());
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    acks.put(member, Instant.now());
                }
                acked.countDown();
            });
        }
        producer.flush();
        acked.await(120, TimeUnit.SECONDS);
        return acks;
    }

    private static Map<String, Instant> awaitRows(Connection db, String prefix, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            try (Statement query = db.createStatement();
                    ResultSet rows = query.executeQuery(
                            "select count(*) from notification where member_id like '" + prefix + "-%'")) {
                rows.next();
                if (rows.getLong(1) >= count) {
                    break;
                }
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        Map<String, Instant> created = new ConcurrentHashMap<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(
                        "select member_id, created_at from notification where member_id like '" + prefix + "-%'")) {
            while (rows.next()) {
                created.put(rows.getString(1), rows.getTimestamp(2).toInstant());
            }
        }
        if (created.size() < count) {
            throw new IllegalStateException("only " + created.size() + " of " + count + " " + prefix + " rows arrived");
        }
        return created;
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                1,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName()));
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
