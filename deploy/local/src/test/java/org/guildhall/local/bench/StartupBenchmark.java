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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;
import org.guildhall.local.ServiceJava;
import org.guildhall.local.StartupCache;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;

/**
 * Time from process start to the first answered request, and resident memory after it, for each packaged service
 * (JVM mode) started alone against a running PostgreSQL and Kafka, side by side on four runtimes: JDK 17, JDK 17 with
 * an AppCDS archive, the newest JDK found (25), and that JDK with an AOT cache. Each cache comes from one training run
 * of the same jar (the service started, its first request and 20 more answered, then stopped with SIGTERM, when the
 * JVM writes the cache), made in the same sitting before the measured runs, as the launcher makes it.
 *
 * <p>{@code ./mvnw -B -q -pl deploy/local test-compile exec:java
 * -Dexec.mainClass=org.guildhall.local.bench.StartupBenchmark [-Dexec.args="3 members-service"]}: the runs per
 * service and runtime, then optionally the services (default: all four). Runs are interleaved (each run tries every
 * runtime once) so that a change of the machine's load falls on all of them alike.
 */
public final class StartupBenchmark {

    /**
     * {@code -Dguildhall.bench.smaps=true}: after each measured run's RSS, also where it is, by kind of mapping
     * ({@link ResidentByMapping}: the start-up cache, the Java heap, the code cache, other anonymous memory, other
     * files), each with its private dirty and clean part.
     */
    private static final boolean SMAPS = Boolean.getBoolean("guildhall.bench.smaps");

    /** A runtime compared: a JDK, with or without its start-up cache, and JVM options added to every start. */
    private record Runtime(String label, ServiceJava java, boolean cached, List<String> options) {

        /**
         * This runtime once per option set of {@code -Dguildhall.bench.java-options="A|B"} (sets separated by
         * {@code |}, options by spaces; an empty set is the launcher's options alone), so that option sets are compared
         * side by side in one run, e.g. {@code "|-Xms16m"}, or {@code -Dquarkus.debug.print-startup-times=true} for
         * Quarkus's time per start-up step in each log.
         */
        List<Runtime> perOptionSet(String optionSets) {
            return Arrays.stream(optionSets.split("\\|", -1))
                    .map(set -> Arrays.stream(set.trim().split(" "))
                            .filter(option -> !option.isBlank())
                            .toList())
                    .map(set ->
                            new Runtime(set.isEmpty() ? label : label + " " + String.join(" ", set), java, cached, set))
                    .toList();
        }

        /** The cache this runtime shares with its other option sets. */
        String cacheKey() {
            return java.version() + cached;
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Service> services = args.length > 1
                ? Arrays.stream(args).skip(1).map(Service::named).toList()
                : List.of(Service.values());
        Path repo = Path.of(System.getProperty("guildhall.repo", "../.."))
                .toAbsolutePath()
                .normalize();
        ServiceJava newest = ServiceJava.newest(System.getenv(), ServiceJava.INSTALL_PLACES);
        ServiceJava java17 = jdk17();
        List<Runtime> runtimes = new ArrayList<>(List.of(
                new Runtime("JDK " + java17.version(), java17, false, List.of()),
                new Runtime("JDK " + java17.version() + " + AppCDS", java17, true, List.of())));
        if (newest.feature() > java17.feature()) {
            runtimes.add(new Runtime("JDK " + newest.version(), newest, false, List.of()));
            runtimes.add(new Runtime(
                    "JDK " + newest.version() + (newest.aotCache() ? " + AOT cache" : " + AppCDS"),
                    newest,
                    true,
                    List.of()));
        }
        // -Dguildhall.bench.runtimes=AOT: only the runtimes whose label contains it (default: all four)
        String only = System.getProperty("guildhall.bench.runtimes", "");
        runtimes.removeIf(runtime -> !runtime.label().contains(only));
        String optionSets = System.getProperty("guildhall.bench.java-options", "");
        runtimes = runtimes.stream()
                .flatMap(runtime -> runtime.perOptionSet(optionSets).stream())
                .toList();
        Path logs = Files.createTempDirectory("guildhall-startup");
        SigningKey key = SigningKey.generate();
        String token = new TestTokens(key, TestTokens.ISSUER).member("benchmark");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        System.out.println("options " + Platform.DEFAULT_JAVA_OPTIONS + ", logs and caches in " + logs);
        try (Postgres postgres = Postgres.startTemporary();
                KafkaBroker kafka = KafkaBroker.startTemporary()) {
            System.out.printf(
                    "%-22s %-28s %5s %18s %16s %14s%n",
                    "service", "runtime", "run", "first request (ms)", "RSS after (MiB)", "CPU time (ms)");
            for (Service service : services) {
                Map<String, String> environment = environment(postgres, kafka, key, service);
                Map<String, Path> caches = new java.util.HashMap<>();
                for (Runtime runtime : runtimes) {
                    if (runtime.cached() && !caches.containsKey(runtime.cacheKey())) {
                        StartupCache startupCache =
                                StartupCache.of(runtime.java(), logs, service.serviceName(), service.jar(repo));
                        Path cache = startupCache.cache();
                        long ms = train(runtime, startupCache, service, repo, environment, logs, http, token);
                        System.out.printf(
                                "%-22s %-28s %5s %18d %16s%n",
                                service.serviceName(),
                                runtime.label(),
                                "train",
                                ms,
                                Files.isRegularFile(cache) ? (Files.size(cache) >> 20) + " MiB cache" : "NO CACHE");
                        caches.put(runtime.cacheKey(), cache);
                    }
                }
                Map<Runtime, List<Long>> times = new java.util.LinkedHashMap<>();
                Map<Runtime, List<Long>> memory = new java.util.LinkedHashMap<>();
                for (int run = 1; run <= runs; run++) {
                    for (Runtime runtime : runtimes) {
                        List<String> options = runtime.cached()
                                ? new StartupCache(runtime.java(), caches.get(runtime.cacheKey())).useOptions()
                                : List.of();
                        Process process = start(
                                runtime,
                                options,
                                service,
                                repo,
                                environment,
                                logs.resolve(service.serviceName() + "-"
                                        + runtime.label().replace(' ', '_') + "-" + run + ".log"));
                        long started = System.nanoTime();
                        try {
                            awaitFirstAnswer(http, process, firstRequest(service), token);
                            long elapsed = (System.nanoTime() - started) / 1_000_000;
                            long rss = residentMiB(process.pid());
                            String smaps = SMAPS ? ResidentByMapping.snapshot(process.pid()) : null;
                            // CPU time (user + system, all threads) is what the start costs whatever else runs
                            long cpu = process.info()
                                    .totalCpuDuration()
                                    .map(Duration::toMillis)
                                    .orElse(-1L);
                            times.computeIfAbsent(runtime, r -> new ArrayList<>())
                                    .add(elapsed);
                            memory.computeIfAbsent(runtime, r -> new ArrayList<>())
                                    .add(rss);
                            System.out.printf(
                                    "%-22s %-28s %5d %18d %16d %14d%n",
                                    service.serviceName(), runtime.label(), run, elapsed, rss, cpu);
                            if (smaps != null) {
                                ResidentByMapping.Range heap = ResidentByMapping.heapRange(
                                        runtime.java().home(), process.pid());
                                System.out.printf(
                                        "%-22s %-28s %5d   resident MiB by mapping: %s%n",
                                        service.serviceName(),
                                        runtime.label(),
                                        run,
                                        ResidentByMapping.describe(ResidentByMapping.group(smaps, heap)));
                            }
                        } finally {
                            process.destroy();
                            process.waitFor();
                        }
                    }
                }
                for (Runtime runtime : runtimes) {
                    List<Long> measured = times.getOrDefault(runtime, List.of());
                    System.out.printf(
                            "%-22s %-28s %5s %18s %16s%n",
                            service.serviceName(),
                            runtime.label(),
                            "best",
                            measured.stream().mapToLong(Long::longValue).min().orElse(-1) + " (median "
                                    + median(measured) + ")",
                            memory.getOrDefault(runtime, List.of()).stream()
                                            .mapToLong(Long::longValue)
                                            .min()
                                            .orElse(-1)
                                    + "-"
                                    + memory.getOrDefault(runtime, List.of()).stream()
                                            .mapToLong(Long::longValue)
                                            .max()
                                            .orElse(-1));
                }
            }
        }
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The newest JDK 17 installed (the build's own JDK when it is 17). */
    private static ServiceJava jdk17() throws IOException {
        ServiceJava current = ServiceJava.current();
        if (current.feature() == 17) {
            return current;
        }
        for (Path place : ServiceJava.INSTALL_PLACES) {
            if (Files.isDirectory(place)) {
                try (var homes = Files.list(place)) {
                    for (Path home : homes.sorted().toList()) {
                        var java = ServiceJava.at(home);
                        if (java.isPresent() && java.get().feature() == 17) {
                            return java.get();
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no JDK 17 found");
    }

    private static Map<String, String> environment(
            Postgres postgres, KafkaBroker kafka, SigningKey key, Service service) {
        return Map.of(
                "QUARKUS_HTTP_PORT",
                "18080",
                "QUARKUS_DATASOURCE_JDBC_URL",
                postgres.ensureDatabase(service.database()),
                "QUARKUS_DATASOURCE_USERNAME",
                Postgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD",
                Postgres.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS",
                kafka.bootstrapServers(),
                "QUARKUS_OIDC_PUBLIC_KEY",
                key.publicKeyBase64(),
                "QUARKUS_OIDC_TOKEN_ISSUER",
                TestTokens.ISSUER,
                // notifications-service's %prod needs these three
                "GUILDHALL_UNSUBSCRIBE_SECRET",
                "startup-benchmark-unsubscribe-secret-of-32-characters",
                "GUILDHALL_WEB_BASE_URL",
                "http://localhost:18090",
                "GUILDHALL_UNSUBSCRIBE_PUBLIC_URL",
                "http://localhost:18080");
    }

    private static Process start(
            Runtime runtime,
            List<String> cacheOptions,
            Service service,
            Path repo,
            Map<String, String> environment,
            Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(runtime.java().java().toString()));
        command.addAll(Platform.DEFAULT_JAVA_OPTIONS);
        command.addAll(runtime.options());
        command.addAll(cacheOptions);
        command.addAll(List.of("-jar", service.jar(repo).toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * The training run as the launcher makes it ({@link StartupCache}): start recording, answer the first request and
     * 20 more, stop (SIGTERM: the JVM writes the recording as it exits); on JDK 25+ then build the cache from the
     * recording. Returns the training run's first request.
     */
    private static long train(
            Runtime runtime,
            StartupCache cache,
            Service service,
            Path repo,
            Map<String, String> environment,
            Path logs,
            HttpClient http,
            String token)
            throws Exception {
        Files.deleteIfExists(cache.cache());
        String log = service.serviceName() + "-" + runtime.label().replace(' ', '_');
        Process process =
                start(runtime, cache.recordOptions(), service, repo, environment, logs.resolve(log + "-train.log"));
        long started = System.nanoTime();
        long elapsed;
        try {
            awaitFirstAnswer(http, process, firstRequest(service), token);
            elapsed = (System.nanoTime() - started) / 1_000_000;
            for (int i = 0; i < 20; i++) {
                awaitFirstAnswer(http, process, firstRequest(service), token);
            }
            if (!runtime.java().aotCache()) {
                // before JDK 25 the running JVM writes its archive on request (jcmd VM.cds dynamic_dump), as the
                // launcher asks it to; SIGTERM alone writes nothing
                new ProcessBuilder(cache.endRecordingCommand(process.pid()))
                        .redirectErrorStream(true)
                        .redirectOutput(logs.resolve(log + "-dump.log").toFile())
                        .start()
                        .waitFor();
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
        cache.finishRecording(true);
        if (cache.state() == StartupCache.State.RECORDED) {
            Process build = new ProcessBuilder(cache.assembleCommand(Platform.DEFAULT_JAVA_OPTIONS, service.jar(repo)))
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(log + "-build.log").toFile())
                    .start();
            cache.finishAssembly(build.waitFor() == 0, false);
        }
        return elapsed;
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
