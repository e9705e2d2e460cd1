package org.guildhall.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;

/**
 * Time from process start to the first answered request, and resident memory after it, for each packaged service
 * (JVM mode) started alone against a running PostgreSQL and Kafka.
 *
 * <p>{@code ./mvnw -B -q -pl deploy/local test-compile exec:java
 * -Dexec.mainClass=org.guildhall.local.bench.StartupBenchmark [-Dexec.args=3]}
 */
public final class StartupBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path repo = Path.of(System.getProperty("guildhall.repo", "../.."))
                .toAbsolutePath()
                .normalize();
        Path logs = Files.createTempDirectory("guildhall-startup");
        SigningKey key = SigningKey.generate();
        String token = new TestTokens(key, TestTokens.ISSUER).member("benchmark");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        try (Postgres postgres = Postgres.startTemporary();
                KafkaBroker kafka = KafkaBroker.startTemporary()) {
            System.out.printf("%-22s %5s %18s %18s%n", "service", "run", "first request (ms)", "RSS after (MiB)");
            for (Service service : Service.values()) {
                String jdbcUrl = postgres.ensureDatabase(service.database());
                List<Long> times = new ArrayList<>();
                for (int run = 1; run <= runs; run++) {
                    List<String> command = new ArrayList<>(List.of("java"));
                    command.addAll(Platform.DEFAULT_JAVA_OPTIONS);
                    command.addAll(List.of("-jar", service.jar(repo).toString()));
                    ProcessBuilder builder = new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(logs.resolve(service.serviceName() + "-" + run + ".log")
                                    .toFile());
                    builder.environment()
                            .putAll(Map.of(
                                    "QUARKUS_HTTP_PORT",
                                    "18080",
                                    "QUARKUS_DATASOURCE_JDBC_URL",
                                    jdbcUrl,
                                    "QUARKUS_DATASOURCE_USERNAME",
                                    Postgres.USER,
                                    "QUARKUS_DATASOURCE_PASSWORD",
                                    Postgres.PASSWORD,
                                    "KAFKA_BOOTSTRAP_SERVERS",
                                    kafka.bootstrapServers(),
                                    "QUARKUS_OIDC_PUBLIC_KEY",
                                    key.publicKeyBase64(),
                                    "QUARKUS_OIDC_TOKEN_ISSUER",
                                    TestTokens.ISSUER));
                    long started = System.nanoTime();
                    Process process = builder.start();
                    try {
                        awaitFirstAnswer(http, process, firstRequest(service), token);
                        long elapsed = (System.nanoTime() - started) / 1_000_000;
                        times.add(elapsed);
                        System.out.printf(
                                "%-22s %5d %18d %18d%n",
                                service.serviceName(), run, elapsed, residentMiB(process.pid()));
                    } finally {
                        process.destroy();
                        process.waitFor();
                    }
                }
                System.out.printf(
                        "%-22s %5s %18d%n",
                        service.serviceName(),
                        "best",
                        times.stream().mapToLong(Long::longValue).min().orElseThrow());
            }
        }
    }

    /** An authenticated API request of each service, or its readiness when it has no API yet. */
    private static URI firstRequest(Service service) {
        String path =
                switch (service) {
                    case MEMBERS -> "/members/me";
                    case NOTIFICATIONS -> "/notifications/me";
                    default -> "/q/health/ready";
                };
        return URI.create("http://localhost:18080" + path);
    }

    private static void awaitFirstAnswer(HttpClient http, Process process, URI uri, String token)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(5))
                .build();
        while (process.isAlive()) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200 || status == 404) {
                    return; // 404: the benchmark caller has not joined; the request was served all the same
                }
            } catch (IOException notYetListening) {
                // the port opens a little before the first request can be served
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos()); // poll without taking a core from the service
        }
        throw new IllegalStateException(uri + ": the service exited before answering");
    }

    private static long residentMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
