package org.guildhall.notifications.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.guildhall.testkit.CloudEventsEnvelope;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.bench.PackagedService;
import org.guildhall.testkit.bench.ProcessCpu;

/**
 * Events consumed per second into notifications, and the latency from a producer's commit (the broker's ack with
 * {@code acks=all}, which is when an outbox relay marks its row sent) to the inbox row. The packaged
 * notifications-service runs as a child process on a PostgreSQL of this benchmark and the JVM's Kafka; the benchmark
 * publishes {@code RegistrationConfirmed} events (each one a notification, a delivery row and two read-model rows, for
 * members this service does not know yet), first as a burst for throughput, then at a fixed rate for a given time to
 * show whether the service keeps up (sustained, not only a burst).
 *
 * <p>An event's row counts from the commit of the transaction that wrote it ({@code pg_xact_commit_timestamp}, the
 * server runs with {@code track_commit_timestamp=on}): that is when a reader can see it. The row's {@code created_at}
 * (the service's clock inside the transaction, before the batch commits) is reported beside it. Acks, row times and
 * commits are on the same machine's wall clock.
 *
 * <p>{@code ./mvnw -B -o -pl notifications-service package -DskipTests} once (with the platform modules it needs),
 * then {@code ./mvnw -B -o -pl notifications-service test-compile exec:java
 * -Dexec.mainClass=org.guildhall.notifications.bench.InboxThroughputBenchmark [-Dexec.args="20000 2000 60"]} (burst
 * size, paced rate per second, paced seconds; 0 seconds for the burst alone). Options: {@code -Dguildhall.repo=<dir>} runs the jar under
 * {@code <dir>/notifications-service/target/quarkus-app} (an earlier build, for a before/after comparison);
 * the CPU time per phase and per event of the service, PostgreSQL and this JVM
 * is printed ({@link ProcessCpu}); {@code -Dbench.statements=true} loads {@code pg_stat_statements} and prints the SQL statements per event of the
 * burst; {@code -Dguildhall.bench.service-java-options="-Xmx512m ..."} sets the service's JVM options
 * ({@link PackagedService#JAVA_OPTIONS}, e.g. with
 * {@code -XX:StartFlightRecording=filename=/tmp/n.jfr,settings=profile,dumponexit=true}).
 */
public final class InboxThroughputBenchmark {

    private static final String TEMPLATE = ContractExamples.example(EventsEvents.REGISTRATION_CONFIRMED);

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        boolean statements = Boolean.getBoolean("bench.statements");
        KafkaBroker kafka = KafkaBroker.shared();
        int port = freePort();
        // what production requires of the service (links in e-mails, the unsubscribe key); nothing is mailed here
        Map<String, String> environment = new HashMap<>(Map.of(
                "QUARKUS_MAILER_MOCK",
                "true",
                "GUILDHALL_WEB_BASE_URL",
                "http://localhost:8080",
                "GUILDHALL_UNSUBSCRIBE_PUBLIC_URL",
                "http://localhost:" + port,
                "GUILDHALL_UNSUBSCRIBE_SECRET",
                "benchmark-unsubscribe-secret-" + UUID.randomUUID()));
        System.out.println("service: "
                + Path.of(System.getProperty("guildhall.repo", "."))
                        .toAbsolutePath()
                        .normalize() + ", load " + loadAverage());
        try (EmbeddedPostgres postgres = postgres(statements);
                PackagedService service = PackagedService.start(
                        "notifications-service",
                        port,
                        database(postgres, statements),
                        kafka,
                        SigningKey.shared(),
                        environment);
                KafkaProducer<String, String> producer = producer(kafka.bootstrapServers());
                Connection db = DriverManager.getConnection(
                        postgres.getJdbcUrl(Postgres.USER, "bench"), Postgres.USER, Postgres.PASSWORD)) {
            System.out.println("notifications-service log: " + service.log());
            publish(producer, "warmup", 2_000, 0);
            awaitRows(db, "warmup", 2_000);

            if (statements) {
                resetStatistics(db);
            }
            Cpu burstCpu = Cpu.read(service, postgres.getPort());
            Map<String, Instant> burstAcks = publish(producer, "burst", burst, 0);
            Instant burstStart = Collections.min(burstAcks.values());
            Map<String, Row> burstRows = awaitRows(db, "burst", burst);
            Instant burstEnd = burstRows.values().stream()
                    .map(Row::committed)
                    .max(Instant::compareTo)
                    .orElseThrow();
            double burstSeconds = Duration.between(burstStart, burstEnd).toNanos() / 1e9;
            System.out.printf(
                    "burst: %d events committed into notifications in %.2f s (first ack to last commit): %.0f events/s;"
                            + " load %s%n",
                    burst, burstSeconds, burst / burstSeconds, loadAverage());
            report("burst", burstAcks, burstRows);
            Cpu.read(service, postgres.getPort()).since(burstCpu, "burst", burst);
            if (statements) {
                printStatements(db, burst);
            }

            if (rate * seconds > 0) {
                Cpu pacedCpu = Cpu.read(service, postgres.getPort());
                paced(producer, db, rate, seconds);
                Cpu.read(service, postgres.getPort()).since(pacedCpu, "paced", rate * seconds);
            }
            System.out.printf("service CPU, whole run (start-up included): %.1f s%n", seconds(service.cpuTime()));
        }
        System.exit(0);
    }

    private static void paced(KafkaProducer<String, String> producer, Connection db, int rate, int seconds)
            throws Exception {
        System.out.println("paced: starting, load " + loadAverage());
        long pacedStart = System.nanoTime();
        Map<String, Instant> pacedAcks = publish(producer, "paced", rate * seconds, rate);
        double sending = (System.nanoTime() - pacedStart) / 1e9;
        Instant firstAck = Collections.min(pacedAcks.values());
        Instant lastAck = Collections.max(pacedAcks.values());
        System.out.printf(
                "paced: %d of %d events acknowledged, sent in %.2f s, first to last ack %.2f s (%.0f/s offered);"
                        + " load %s%n",
                pacedAcks.size(),
                rate * seconds,
                sending,
                Duration.between(firstAck, lastAck).toNanos() / 1e9,
                pacedAcks.size() / (Duration.between(firstAck, lastAck).toNanos() / 1e9),
                loadAverage());
        Map<String, Row> pacedRows = awaitRows(db, "paced", rate * seconds);
        Instant lastCommit = pacedRows.values().stream()
                .map(Row::committed)
                .max(Instant::compareTo)
                .orElseThrow();
        double applying = Duration.between(firstAck, lastCommit).toNanos() / 1e9;
        System.out.printf(
                "paced %d events/s for %d s: %d committed from first ack to last commit in %.2f s: %.0f events/s;"
                        + " load %s%n",
                rate, seconds, pacedRows.size(), applying, pacedRows.size() / applying, loadAverage());
        report("paced", pacedAcks, pacedRows);
        perWindow(pacedAcks, pacedRows, firstAck, 10);
    }

    /**
     * CPU time so far (user and system, all threads, {@link ProcessCpu}) of the service, of PostgreSQL (its postmaster
     * and backends) and of this JVM (the broker and the producer).
     */
    private record Cpu(Duration service, Duration postgres, Duration benchmark) {

        static Cpu read(PackagedService service, int postgresPort) {
            return new Cpu(
                    service.cpuTime(),
                    ProcessCpu.postgres(postgresPort)
                            .map(ProcessCpu::withDescendants)
                            .orElse(Duration.ZERO),
                    ProcessCpu.thisJvm());
        }

        /**
         * Prints what each used since {@code before}, in seconds and milliseconds per event of the phase. Read once the
         * phase's last row is committed, so it includes each one's other work meanwhile (the JIT compiler, the
         * collector, the service's schedulers, the benchmark's polling of the database).
         */
        void since(Cpu before, String phase, int events) {
            System.out.printf(
                    "%s: CPU per event: service %.3f ms (%.1f s), PostgreSQL %.3f ms (%.1f s), broker and producer"
                            + " %.3f ms (%.1f s)%n",
                    phase,
                    perEvent(service.minus(before.service), events),
                    seconds(service.minus(before.service)),
                    perEvent(postgres.minus(before.postgres), events),
                    seconds(postgres.minus(before.postgres)),
                    perEvent(benchmark.minus(before.benchmark), events),
                    seconds(benchmark.minus(before.benchmark)));
        }

        private static double perEvent(Duration used, int events) {
            return used.toNanos() / 1e6 / events;
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** An inbox row: the service's {@code created_at} and the commit of the transaction that wrote it. */
    private record Row(Instant created, Instant committed) {}

    private static void report(String phase, Map<String, Instant> acks, Map<String, Row> rows) {
        List<Long> toCommit = new ArrayList<>();
        List<Long> toCreated = new ArrayList<>();
        acks.forEach((member, ack) -> {
            Row row = rows.get(member);
            toCommit.add(Math.max(0, Duration.between(ack, row.committed()).toNanos()));
            toCreated.add(Math.max(0, Duration.between(ack, row.created()).toNanos()));
        });
        Collections.sort(toCommit);
        Collections.sort(toCreated);
        System.out.printf(
                "%s: ack -> inbox row committed p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)%n",
                phase,
                PackagedService.ms(toCommit, 50),
                PackagedService.ms(toCommit, 95),
                PackagedService.ms(toCommit, 99),
                PackagedService.ms(toCommit, 100),
                toCommit.size());
        System.out.printf(
                "%s: ack -> inbox row created_at p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                phase,
                PackagedService.ms(toCreated, 50),
                PackagedService.ms(toCreated, 95),
                PackagedService.ms(toCreated, 99),
                PackagedService.ms(toCreated, 100));
    }

    /** Latency by the second the event was acknowledged in, {@code window} seconds at a time: does a backlog grow? */
    private static void perWindow(Map<String, Instant> acks, Map<String, Row> rows, Instant start, int window) {
        Map<Long, List<Long>> byWindow = new TreeMap<>();
        acks.forEach((member, ack) -> byWindow.computeIfAbsent(
                        Duration.between(start, ack).toSeconds() / window, w -> new ArrayList<>())
                .add(Math.max(
                        0, Duration.between(ack, rows.get(member).committed()).toNanos())));
        byWindow.forEach((w, latencies) -> {
            Collections.sort(latencies);
            System.out.printf(
                    "  acked in s %d-%d: %d events, ack -> commit p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    w * window,
                    (w + 1) * window,
                    latencies.size(),
                    PackagedService.ms(latencies, 50),
                    PackagedService.ms(latencies, 99),
                    PackagedService.ms(latencies, 100));
        });
    }

    /** Sends {@code count} events for members {@code <prefix>-<i>}; {@code rate} 0 means as fast as possible. */
    private static Map<String, Instant> publish(
            KafkaProducer<String, String> producer, String prefix, int count, int rate) throws InterruptedException {
        Map<String, Instant> acks = new ConcurrentHashMap<>();
        CountDownLatch acked = new CountDownLatch(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (rate > 0) {
                // each event has its due time from the start, so a late wake-up is made up at once, not accumulated
                long due = start + TimeUnit.SECONDS.toNanos(1) * i / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            String member = prefix + "-" + i;
            String payload = TEMPLATE.replace("5b0e6f4e-8a44-4c3b-9d4e-2f1a7c9e0b11", member)
                    .replace(
                            "4f6a8b0c-2d4e-4f6a-8b0c-2d4e6f8a0b1c",
                            UUID.randomUUID().toString())
                    .replace("e7a1c2d3-4b5c-4d6e-9f0a-1b2c3d4e5f60", "bench-event-" + (i % 50));
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(Topics.EVENTS, "bench-event-" + (i % 50), payload);
            CloudEventsEnvelope.headers(
                            UUID.randomUUID(), EventsEvents.REGISTRATION_CONFIRMED.type(), "bench-event-" + (i % 50))
                    .forEach(record.headers()::add);
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

    private static Map<String, Row> awaitRows(Connection db, String prefix, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1500);
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
        Map<String, Row> created = new ConcurrentHashMap<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select member_id, created_at, pg_xact_commit_timestamp(xmin)"
                        + " from notification where member_id like '" + prefix + "-%'")) {
            while (rows.next()) {
                created.put(
                        rows.getString(1),
                        new Row(
                                rows.getTimestamp(2).toInstant(),
                                rows.getTimestamp(3).toInstant()));
            }
        }
        if (created.size() < count) {
            throw new IllegalStateException("only " + created.size() + " of " + count + " " + prefix + " rows arrived");
        }
        return created;
    }

    /**
     * A temporary server with the testkit's fast settings ({@code fsync} and {@code synchronous_commit} off), plus
     * commit timestamps, and {@code pg_stat_statements} when asked.
     */
    private static EmbeddedPostgres postgres(boolean statements) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("track_commit_timestamp", "on");
        if (statements) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        return builder.start();
    }

    private static String database(EmbeddedPostgres postgres, boolean statements) throws Exception {
        try (Connection admin = DriverManager.getConnection(
                        postgres.getJdbcUrl(Postgres.USER, "postgres"), Postgres.USER, Postgres.PASSWORD);
                Statement create = admin.createStatement()) {
            create.execute("create database bench");
        }
        if (statements) {
            try (Connection db = DriverManager.getConnection(
                            postgres.getJdbcUrl(Postgres.USER, "bench"), Postgres.USER, Postgres.PASSWORD);
                    Statement create = db.createStatement()) {
                create.execute("create extension pg_stat_statements");
            }
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/bench";
    }

    private static void resetStatistics(Connection db) throws Exception {
        try (Statement reset = db.createStatement()) {
            reset.execute("select pg_stat_statements_reset()");
            reset.execute("select pg_stat_reset()");
        }
    }

    /** The statements the service ran during the burst, per event; the benchmark's own queries left out. */
    private static void printStatements(Connection db, int events) throws Exception {
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(
                        """
                        select calls, rows, total_exec_time, query from pg_stat_statements
                        where dbid = (select oid from pg_database where datname = 'bench')
                          and query not like '%pg_stat%' and query not like '%pg_xact_commit_timestamp%'
                          and query not like 'select count(*) from notification where member_id like%'
                        order by calls desc
                        """)) {
            long total = 0;
            System.out.println("statements during the burst (calls per event, rows, ms, statement):");
            while (rows.next()) {
                long calls = rows.getLong(1);
                total += calls;
                if (calls >= events / 100) {
                    System.out.printf(
                            "  %6.2f  %8d  %8.0f  %s%n",
                            calls / (double) events,
                            rows.getLong(2),
                            rows.getDouble(3),
                            rows.getString(4).replaceAll("\\s+", " "));
                }
            }
            System.out.printf("statements per event: %.2f%n", total / (double) events);
        }
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(
                        "select xact_commit, xact_rollback from pg_stat_database where datname = 'bench'")) {
            rows.next();
            System.out.printf(
                    "transactions per event: %.3f committed, %.3f rolled back%n",
                    rows.getLong(1) / (double) events, rows.getLong(2) / (double) events);
        }
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

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
