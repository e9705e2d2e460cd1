package org.guildhall.testkit.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;

/**
 * A packaged service ({@code <service>/target/quarkus-app/quarkus-run.jar}) run as its own process in the prod
 * profile, the way benchmarks measure it: on its database and broker, verifying tokens of {@code key}.
 */
public final class PackagedService implements AutoCloseable {

    /**
     * System property with the services' JVM options, separated by spaces (default {@value #DEFAULT_JAVA_OPTIONS}),
     * for comparing runtimes or compilers: {@code -Dguildhall.bench.service-java-options="-Xmx512m
     * -XX:TieredStopAtLevel=1"}. The {@code java} on the PATH runs them.
     */
    public static final String JAVA_OPTIONS = "guildhall.bench.service-java-options";

    private static final String DEFAULT_JAVA_OPTIONS = "-Xmx512m";

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private PackagedService(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code service} (its directory name) of the repository in {@code guildhall.repo} (default: the working
     * directory) with the JVM options of {@link #JAVA_OPTIONS} (default {@code -Xmx512m}), and waits until it is ready; {@code extraEnvironment} adds to or overrides
     * the connection settings.
     */
    public static PackagedService start(
            String service,
            int port,
            String jdbcUrl,
            KafkaBroker kafka,
            SigningKey key,
            Map<String, String> extraEnvironment)
            throws IOException {
        Path jar = Path.of(System.getProperty("guildhall.repo", "."))
                .resolve(service + "/target/quarkus-app/quarkus-run.jar")
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -pl " + service + " -am install -DskipTests");
        }
        Path log = Files.createTempFile(service + "-bench", ".log");
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(List.of(
                System.getProperty(JAVA_OPTIONS, DEFAULT_JAVA_OPTIONS).trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT",
                Integer.toString(port),
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
        environment.putAll(extraEnvironment);
        builder.environment().putAll(environment);
        PackagedService started = new PackagedService(service, builder.start(), log, port);
        started.awaitReady(Duration.ofSeconds(120));
        return started;
    }

    private void awaitReady(Duration timeout) {
        URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        close();
        throw new IllegalStateException(name + " did not become ready; its log: " + log);
    }

    /** GETs {@code pathAndQuery} with {@code token}; the body of a 200, else an exception. */
    public String get(String pathAndQuery, String token) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + port + pathAndQuery);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * The CPU time the service's process has used since it started, user and system, as the operating system counts
     * it (all its threads: request handling, consumers, the JIT compiler, the garbage collector); zero where the
     * platform does not say.
     */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The command the service was started with (JVM options and jar), for a benchmark's report. */
    public String command() {
        return String.join(" ", process.info().arguments().map(List::of).orElse(List.of()));
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The {@code percentile} of {@code sortedNanos}, in milliseconds (nearest rank). */
    public static double ms(List<Long> sortedNanos, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
