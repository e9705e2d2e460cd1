package org.guildhall.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;

/**
 * The whole platform on one machine: an embedded PostgreSQL with one database per service, a Kafka broker inside this
 * JVM, a local signing key, and the four packaged services as child processes. {@link #close()} stops them all and
 * leaves no process behind. With {@link Builder#keycloak(Path)} a real Keycloak issues the tokens instead of the local
 * key, and the services verify them as in production ({@code QUARKUS_OIDC_AUTH_SERVER_URL}, audience checked).
 *
 * <p>Once started, {@link #startReplica(Service)} runs one more instance of a service against the same databases, broker
 * and settings (docs/architecture.md: the services scale out), and {@link #kill(RunningService)} ends one as a crash would.
 *
 * <pre>{@code
 * try (Platform platform = Platform.builder().repoRoot(repo).start()) {
 *     URI members = platform.baseUrl(Service.MEMBERS);
 *     String token = platform.tokens().member("ada");
 * }
 * }</pre>
 */
public final class Platform implements AutoCloseable {

    /** How long the services have to end after SIGTERM before they are killed, unless configured otherwise. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);

    public static final int LOCAL_POSTGRES_PORT = 15432;
    public static final int LOCAL_KAFKA_PORT = 19092;
    public static final int LOCAL_SMTP_PORT = 3025;
    public static final int LOCAL_IMAP_PORT = 3143;
    public static final int LOCAL_POP3_PORT = 3110;
    public static final int LOCAL_KEYCLOAK_PORT = 8180;
    /** The web application's port in a local run (docs/security.md). */
    public static final int LOCAL_WEB_PORT = 8080;

    /**
     * Keycloak's first start in a fresh distribution also builds it (about 35 s); on two busy cores a later start took
     * up to 70 s.
     */
    public static final Duration KEYCLOAK_READINESS_TIMEOUT = Duration.ofSeconds(240);

    /** Options of every service JVM: small heap, and C1 only, which starts four JVMs on two cores much faster. */
    public static final List<String> DEFAULT_JAVA_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final Duration PROBE_EVERY = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 25;

    private final Path home;
    private final boolean temporaryHome;
    private final Path repoRoot;
    private final boolean keepData;
    private final int postgresPort;
    private final int kafkaPort;
    private final int smtpPort;
    private final int imapPort;
    private final int pop3Port;
    private final Map<Service, Integer> requestedPorts;
    private final Duration readinessTimeout;
    private final Consumer<String> progress;
    private final List<String> javaOptions;
    private final Duration stopGrace;
    private final Path keycloakDistribution;
    private final Path realmFile;
    private final int keycloakPort;
    private final boolean durable;
    private final Supervisor supervisor;

    /** Held by each start step and by close(), so that close() waits for a step and then undoes it. */
    private final ReentrantLock stepLock = new ReentrantLock();

    private volatile boolean closed;
    private volatile boolean started;
    private volatile boolean ready;
    private Postgres postgres;
    private KafkaBroker kafka;
    private LocalMail mail;
    private LocalKeycloak keycloak;
    private final boolean web;
    private final int webPort;
    /** The web application's process, when it runs ({@link Builder#web(int)}). */
    private ChildProcess webProcess;

    private Path kafkaDirectory;
    private SigningKey signingKey;
    /** Stops what this platform started if this JVM dies without closing it. */
    private Watchdog watchdog;
    /** Every service process still to be stopped: the first instances and the replicas. */
    private final List<ChildProcess> children = new ArrayList<>();
    /** The first instance of each service, in the order of {@link Service}; read while a test kills one. */
    private final Map<Service, RunningService> running = new ConcurrentSkipListMap<>();

    private final List<RunningService> replicas = new CopyOnWriteArrayList<>();
    private final Map<Service, Integer> replicasStarted = new EnumMap<>(Service.class);

    private Platform(Builder builder, Path home, boolean temporaryHome) {
        this.home = home;
        this.temporaryHome = temporaryHome;
        this.repoRoot = builder.repoRoot;
        this.keepData = builder.keepData;
        this.postgresPort = builder.postgresPort;
        this.kafkaPort = builder.kafkaPort;
        this.smtpPort = builder.smtpPort;
        this.imapPort = builder.imapPort;
        this.pop3Port = builder.pop3Port;
        this.requestedPorts = new EnumMap<>(builder.servicePorts);
        this.readinessTimeout = builder.readinessTimeout;
        this.progress = builder.progress;
        this.javaOptions = List.copyOf(builder.javaOptions);
        this.stopGrace = builder.stopGrace;
        this.keycloakDistribution = builder.keycloakDistribution;
        this.realmFile = builder.realmFile != null
                ? builder.realmFile
                : repoRoot.resolve("deploy/keycloak/guildhall-realm.json");
        this.keycloakPort = builder.keycloakPort;
        this.web = builder.web;
        this.webPort = builder.webPort;
        this.durable = builder.durable;
        this.supervisor = builder.restartPolicy == null
                ? null
                : new Supervisor(
                        builder.restartPolicy,
                        new Supervisor.Services() {
                            @Override
                            public boolean stillWanted(ChildProcess child) {
                                return Platform.this.stillWanted(child);
                            }

                            @Override
                            public ChildProcess relaunch(Service service, ChildProcess dead) {
                                return Platform.this.relaunch(service, dead);
                            }
                        },
                        progress,
                        builder.onRestart);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts everything and returns once every service answers its readiness probe. On failure everything started so
     * far is stopped again and a {@link PlatformException} says what failed and which log to read.
     */
    public Platform start() {
        if (started) {
            throw new IllegalStateException("the platform was started already");
        }
        started = true;
        try {
            checkBuilt();
            checkPortsFree();
            startWatchdog();
            startKeycloak(); // boots while PostgreSQL and Kafka start
            startPostgres();
            startKafka();
            startMail();
            loadSigningKey();
            awaitKeycloakReady();
            startServices();
            startWeb();
            awaitServicesReady();
            superviseServices();
            ready = true;
            return this;
        } catch (RuntimeException e) {
            try {
                close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void checkBuilt() {
        List<String> missing = Stream.of(Service.values())
                .map(service -> service.jar(repoRoot))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Platform::display)
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new PlatformException("the services are not built; missing " + String.join(", ", missing)
                    + ". Build them with ./mvnw install -DskipTests");
        }
        if (keycloakDistribution != null && !LocalKeycloak.isDistribution(keycloakDistribution)) {
            throw new PlatformException("no Keycloak in " + display(keycloakDistribution)
                    + " (no bin/kc.sh): unpack org.keycloak:keycloak-quarkus-dist:" + LocalKeycloak.VERSION
                    + ":tar.gz there; ./guildhall up --keycloak does it with the Maven wrapper");
        }
        if (keycloakDistribution != null && !Files.isRegularFile(realmFile)) {
            throw new PlatformException("no realm file " + display(realmFile));
        }
        if (web && !Files.isRegularFile(webJar())) {
            throw new PlatformException("the web application is not built; missing " + display(webJar())
                    + ". Build it with ./mvnw install -DskipTests");
        }
        if (web && keycloakDistribution == null) {
            throw new PlatformException("the web application signs people in with Keycloak: run it with Keycloak");
        }
    }

    private void checkPortsFree() {
        List<String> busy = new ArrayList<>();
        checkPortFree(postgresPort, "PostgreSQL", busy);
        checkPortFree(kafkaPort, "Kafka", busy);
        checkPortFree(smtpPort, "SMTP", busy);
        checkPortFree(imapPort, "IMAP", busy);
        checkPortFree(pop3Port, "POP3", busy);
        if (keycloakDistribution != null) {
            checkPortFree(keycloakPort, "Keycloak", busy);
        }
        requestedPorts.forEach((service, port) -> checkPortFree(port, service.serviceName(), busy));
        if (web) {
            checkPortFree(webPort, "web", busy);
        }
        if (!busy.isEmpty()) {
            throw new PlatformException("port " + String.join(", ", busy)
                    + " already in use: is Guildhall running already (./guildhall status)?");
        }
    }

    private static void checkPortFree(int port, String user, List<String> busy) {
        if (port > 0 && !isFree(port)) {
            busy.add(port + " (" + user + ")");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startKeycloak() {
        if (keycloakDistribution == null) {
            return;
        }
        step(() -> {
            int port = keycloakPort > 0 ? keycloakPort : freePort();
            Path javaHome = Path.of(System.getProperty("java.home"));
            Path logFile = home.resolve("logs").resolve("keycloak.log");
            progress.accept("Keycloak: starting on port " + port + " from " + display(keycloakDistribution)
                    + ", realm " + display(realmFile) + (keepData ? ", data kept" : ", data in memory") + ", log "
                    + display(logFile));
            keycloak = LocalKeycloak.start(keycloakDistribution, realmFile, port, keepData, javaHome, logFile);
            watch("keycloak", keycloak.pid(), false);
        });
    }

    private void awaitKeycloakReady() {
        if (keycloakDistribution == null) {
            return;
        }
        LocalKeycloak starting;
        stepLock.lock();
        try {
            ensureOpen();
            starting = keycloak;
        } finally {
            stepLock.unlock();
        }
        progress.accept("waiting for Keycloak ...");
        // not under the step lock: close() must be able to stop a Keycloak that takes long
        starting.awaitReady(KEYCLOAK_READINESS_TIMEOUT, this::ensureOpen);
        progress.accept("Keycloak: ready on " + starting.baseUrl() + " after "
                + starting.sinceStart().toSeconds() + " s, realm " + starting.realmUrl());
    }

    private void startPostgres() {
        step(() -> {
            Path dataDirectory = keepData ? home.resolve("postgres") : null;
            progress.accept("PostgreSQL: starting"
                    + (postgresPort > 0 ? " on port " + postgresPort : "")
                    + (dataDirectory != null ? ", data in " + display(dataDirectory) : ""));
            postgres = Postgres.start(dataDirectory, postgresPort, durable);
            OwnedProcess.postmaster(postgres.jdbcUrl("postgres"), Postgres.USER, Postgres.PASSWORD)
                    .ifPresent(watchdog::watch);
            for (Service service : Service.values()) {
                postgres.ensureDatabase(service.database());
            }
            progress.accept("PostgreSQL: ready on localhost:" + postgres.port() + ", databases "
                    + Stream.of(Service.values()).map(Service::database).collect(Collectors.joining(", "))
                    + (durable ? "; every commit on disk before it is acknowledged" : ""));
        });
    }

    private void startKafka() {
        step(() -> {
            try {
                if (keepData) {
                    kafkaDirectory = home.resolve("kafka");
                } else {
                    Files.createDirectories(home);
                    kafkaDirectory = Files.createTempDirectory(home, "kafka-");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.accept("Kafka: starting" + (kafkaPort > 0 ? " on port " + kafkaPort : "")
                    + (keepData ? ", data in " + display(kafkaDirectory) : ""));
            kafka = KafkaBroker.start(kafkaDirectory, kafkaPort);
            progress.accept("Kafka: ready on " + kafka.bootstrapServers());
        });
    }

    private void startMail() {
        step(() -> {
            mail = LocalMail.start(smtpPort, imapPort, pop3Port);
            progress.accept("Mail: SMTP on localhost:" + mail.smtpPort() + ", read it over IMAP localhost:"
                    + mail.imapPort() + " or POP3 localhost:" + mail.pop3Port());
        });
    }

    private void loadSigningKey() {
        step(() -> signingKey = SigningKey.loadOrCreate(home.resolve("keys")));
    }

    private void startServices() {
        for (Service service : Service.values()) {
            step(() -> {
                int requested = requestedPorts.getOrDefault(service, 0);
                int port = requested > 0 ? requested : freePort();
                ChildProcess child = launch(service, service.serviceName(), port, logFile(service));
                running.put(service, new RunningService(service, child.pid(), port, child.logFile()));
            });
        }
    }

    private Path webJar() {
        return repoRoot.resolve("web/target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Starts the web application (module {@code web}): it signs people in with Keycloak (client {@code guildhall-web}
     * of the realm) and calls the four services with their access tokens.
     */
    private void startWeb() {
        if (!web) {
            return;
        }
        step(() -> {
            int port = webPort > 0 ? webPort : freePort();
            Path logFile = home.resolve("logs").resolve("web.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaOptions);
            command.add("-jar");
            command.add(webJar().toString());
            progress.accept("web: starting on port " + port + ", log " + display(logFile));
            webProcess = ChildProcess.start("web", command, webEnvironment(port), port, logFile);
            children.add(webProcess);
            watch("web", webProcess.pid(), false);
        });
    }

    /** What the web application is told: its port, the realm, and where each service answers. */
    Map<String, String> webEnvironment(int port) {
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("GUILDHALL_OIDC_AUTH_SERVER_URL", keycloak.realmUrl().toString());
        environment.put("GUILDHALL_OIDC_ORIGIN", keycloak.baseUrl().toString());
        environment.put("GUILDHALL_MEMBERS_URL", baseUrl(Service.MEMBERS).toString());
        environment.put("GUILDHALL_EVENTS_URL", baseUrl(Service.EVENTS).toString());
        environment.put("GUILDHALL_MENTORING_URL", baseUrl(Service.MENTORING).toString());
        environment.put(
                "GUILDHALL_NOTIFICATIONS_URL", baseUrl(Service.NOTIFICATIONS).toString());
        environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // the local run is plain http on localhost: production's Secure cookies stay production's
        environment.put("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE", "false");
        environment.put("QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE", "false");
        return Map.copyOf(environment);
    }

    /** The web application's address, when it runs ({@link Builder#web(int)}). */
    public URI webUrl() {
        if (webProcess == null) {
            throw new IllegalStateException("the platform runs without the web application");
        }
        return URI.create("http://localhost:" + webProcess.port());
    }

    /** Starts one process of {@code service}, told what every instance of it is told; call it under the step lock. */
    private ChildProcess launch(Service service, String name, int port, Path logFile) {
        return launch(service, name, port, logFile, false);
    }

    private ChildProcess launch(Service service, String name, int port, Path logFile, boolean appendToLog) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(service.jar(repoRoot).toString());
        progress.accept(name + ": starting on port " + port + ", log " + display(logFile));
        ChildProcess child = ChildProcess.start(name, command, environment(service, port), port, logFile, appendToLog);
        children.add(child);
        watch(name, child.pid(), false);
        return child;
    }

    /**
     * What a service is told through its environment (docs/architecture.md: {@code %prod} reads these); notifications-service
     * also the local SMTP server.
     */
    Map<String, String> environment(Service service, int port) {
        Map<String, String> environment = new java.util.LinkedHashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()),
                "QUARKUS_DATASOURCE_USERNAME", Postgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
        if (keycloak != null) {
            // production's path: discovery, keys and issuer from the realm; %prod checks the audience
            environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl().toString());
        } else {
            environment.put("QUARKUS_OIDC_PUBLIC_KEY", signingKey.publicKeyBase64());
            environment.put("QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER);
        }
        // %prod logs JSON for a log collector; a person reads these logs
        environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        if (service == Service.NOTIFICATIONS) {
            environment.put("QUARKUS_MAILER_HOST", mail.host());
            environment.put("QUARKUS_MAILER_PORT", Integer.toString(mail.smtpPort()));
            environment.put("QUARKUS_MAILER_TLS", "false");
            environment.put("QUARKUS_MAILER_START_TLS", "DISABLED");
            environment.put("QUARKUS_MAILER_MOCK", "false");
        }
        return Map.copyOf(environment);
    }

    private void awaitServicesReady() {
        List<ChildProcess> pending;
        stepLock.lock();
        try {
            ensureOpen();
            pending = new ArrayList<>(children);
        } finally {
            stepLock.unlock();
        }
        awaitReady(pending);
    }

    /** Returns once each of {@code pending} answers its readiness probe; throws if one exits or the time runs out. */
    private void awaitReady(List<ChildProcess> pending) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long startedAt = System.nanoTime();
        long deadline = startedAt + readinessTimeout.toNanos();
        long nextReport = startedAt + PROGRESS_EVERY.toNanos();
        Set<ChildProcess> waiting = new LinkedHashSet<>(pending);
        progress.accept("waiting for " + names(waiting) + " ...");
        while (!waiting.isEmpty()) {
            ensureOpen();
            for (ChildProcess child : List.copyOf(waiting)) {
                if (child.isReady(client)) {
                    waiting.remove(child);
                    progress.accept(child.name() + ": ready on http://localhost:" + child.port() + " after "
                            + seconds(System.nanoTime() - startedAt) + " s");
                } else if (!child.isAlive()) {
                    ensureOpen();
                    throw new PlatformException(child.name() + " exited with code "
                            + child.process().exitValue() + " before it was ready. Its log "
                            + display(child.logFile()) + " ends with:" + System.lineSeparator()
                            + child.logTail(LOG_TAIL_LINES));
                }
            }
            if (waiting.isEmpty()) {
                break;
            }
            long now = System.nanoTime();
            if (now - deadline > 0) {
                throw new PlatformException(names(waiting)
                        + " not ready within " + readinessTimeout.toSeconds() + " s (GET /q/health/ready). See "
                        + waiting.stream()
                                .map(child -> display(child.logFile()))
                                .collect(Collectors.joining(", "))
                        + "; " + display(waiting.iterator().next().logFile()) + " ends with:"
                        + System.lineSeparator() + waiting.iterator().next().logTail(LOG_TAIL_LINES));
            }
            if (now - nextReport >= 0) {
                progress.accept("waiting for " + names(waiting) + " ... (" + seconds(now - startedAt) + " s)");
                nextReport = now + PROGRESS_EVERY.toNanos();
            }
            sleep(PROBE_EVERY);
        }
    }

    /** Starts one more instance of {@code service}; see {@link #startReplicas(List)}. */
    public RunningService startReplica(Service service) {
        return startReplicas(List.of(service)).get(0);
    }

    /**
     * Starts one more instance of each of {@code services} against the same databases, broker, mail server and token
     * settings as the first, each on a free port with its own log ({@code logs/<service>-2.log}, then {@code -3}, ...),
     * and returns them once all answer their readiness probe. They are not among {@link #processes()}:
     * {@link #replicas()} lists them, {@link #stop(RunningService)} and {@link #kill(RunningService)} end one, and
     * {@link #close()} stops them with the rest. When one exits or is not ready in time, the replicas of this call are
     * stopped again and a {@link PlatformException} names its log; the platform keeps running.
     */
    public List<RunningService> startReplicas(List<Service> services) {
        if (!ready || closed) {
            throw new IllegalStateException("the platform is not running");
        }
        List<ChildProcess> starting = new ArrayList<>();
        List<RunningService> started = new ArrayList<>();
        try {
            for (Service service : services) {
                step(() -> {
                    int number = replicasStarted.merge(service, 1, Integer::sum) + 1;
                    String name = service.serviceName() + "-" + number;
                    ChildProcess child = launch(
                            service, name, freePort(), home.resolve("logs").resolve(name + ".log"));
                    starting.add(child);
                    started.add(new RunningService(service, child.pid(), child.port(), child.logFile()));
                });
            }
            awaitReady(starting);
        } catch (RuntimeException e) {
            stepLock.lock();
            try {
                children.removeAll(starting);
                starting.forEach(child -> watchdog.forget(child.pid()));
            } finally {
                stepLock.unlock();
            }
            ChildProcess.stopAll(starting, stopGrace);
            throw e;
        }
        replicas.addAll(started);
        return List.copyOf(started);
    }

    /**
     * Kills a service process and its descendants at once (SIGKILL: no shutdown, no goodbye to Kafka or PostgreSQL),
     * as a crash would, and returns when they are gone. A replica leaves {@link #replicas()}; a first instance leaves
     * {@link #processes()}, and {@link #baseUrl(Service)} then says that the service is not running.
     */
    public void kill(RunningService service) {
        end(service, child -> {
            progress.accept("killing " + child.name() + " (pid " + child.pid() + ")");
            child.kill();
        });
    }

    /** Stops a service process as {@link #close()} does: SIGTERM, then SIGKILL after the stop grace. */
    public void stop(RunningService service) {
        end(service, child -> {
            progress.accept("stopping " + child.name());
            if (!ChildProcess.stopAll(List.of(child), stopGrace).isEmpty()) {
                progress.accept(child.name() + " did not stop within " + stopGrace.toSeconds() + " s and was killed");
            }
        });
    }

    private void end(RunningService service, Consumer<ChildProcess> ending) {
        stepLock.lock();
        try {
            ChildProcess child = children.stream()
                    .filter(candidate -> candidate.pid() == service.pid())
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            service.name() + " with pid " + service.pid() + " is not running in this platform"));
            ending.accept(child);
            children.remove(child);
            watchdog.forget(child.pid());
            replicas.remove(service);
            running.remove(service.service(), service);
        } finally {
            stepLock.unlock();
        }
    }

    // What keeps the local run whole across crashes: the watchdog (this JVM dies), the supervisor (a service dies).

    private void startWatchdog() {
        step(() -> watchdog = Watchdog.start(stopGrace, home.resolve("logs").resolve("watchdog.log"), progress));
    }

    /** Hands a process this platform started to the watchdog; call it under the step lock. */
    private void watch(String name, long pid, boolean stopLast) {
        OwnedProcess.of(name, pid, stopLast).ifPresent(watchdog::watch);
    }

    private void superviseServices() {
        if (supervisor == null) {
            return;
        }
        stepLock.lock();
        try {
            ensureOpen();
            for (ChildProcess child : children) {
                RunningService first = running.values().stream()
                        .filter(service -> service.pid() == child.pid())
                        .findFirst()
                        .orElse(null);
                if (first != null) {
                    supervisor.supervise(first.service(), child);
                }
            }
        } finally {
            stepLock.unlock();
        }
    }

    private boolean stillWanted(ChildProcess child) {
        stepLock.lock();
        try {
            return !closed && children.contains(child);
        } finally {
            stepLock.unlock();
        }
    }

    /** Starts {@code service} again on the port and log of {@code dead}, which exited on its own. */
    private ChildProcess relaunch(Service service, ChildProcess dead) {
        stepLock.lock();
        try {
            if (closed || !children.contains(dead)) {
                return null;
            }
            appendToLog(
                    dead.logFile(),
                    "---- " + Instant.now() + " the platform starts " + dead.name() + " again: pid " + dead.pid()
                            + " exited with code " + dead.process().exitValue() + " ----");
            ChildProcess child = launch(service, dead.name(), dead.port(), dead.logFile(), true);
            children.remove(dead);
            watchdog.forget(dead.pid());
            running.put(service, new RunningService(service, child.pid(), child.port(), child.logFile()));
            return child;
        } finally {
            stepLock.unlock();
        }
    }

    private static void appendToLog(Path logFile, String line) {
        try {
            Files.writeString(
                    logFile, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the restart is reported all the same
        }
    }

    /** How often {@code service} was restarted after a crash ({@link Builder#restartCrashedServices}). */
    public Supervisor.Restarts restarts(Service service) {
        return supervisor == null ? Supervisor.Restarts.NONE : supervisor.restarts(service);
    }

    /**
     * Every process this platform started and runs now (services, replicas, Keycloak, PostgreSQL's postmaster), with
     * its start time: what the watchdog stops if this JVM dies, and what the run file names for the next up to reclaim.
     */
    public List<OwnedProcess> ownedProcesses() {
        Watchdog current = watchdog;
        return current == null ? List.of() : current.watched();
    }

    /** The watchdog's pid, while it runs. */
    public java.util.OptionalLong watchdogPid() {
        Watchdog current = watchdog;
        return current == null ? java.util.OptionalLong.empty() : current.pid();
    }

    private static String names(Set<ChildProcess> children) {
        return children.stream().map(ChildProcess::name).collect(Collectors.joining(", "));
    }

    private static long seconds(long nanos) {
        return Math.round(nanos / 1e9);
    }

    /** The pause between readiness probes (of the services, of Keycloak); an interrupt gives up the wait. */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while waiting for the platform to be ready", e);
        }
    }

    private void step(Runnable step) {
        stepLock.lock();
        try {
            ensureOpen();
            step.run();
        } finally {
            stepLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new PlatformException("the platform was stopped while starting");
        }
    }

    /** The URL of a service, e.g. {@code http://localhost:8081}. */
    public URI baseUrl(Service service) {
        RunningService runningService = running.get(service);
        if (runningService == null) {
            throw new IllegalStateException(service.serviceName() + " is not running");
        }
        return runningService.baseUrl();
    }

    /** The URL of a service by its name ({@code members-service}) or short name ({@code members}). */
    public URI baseUrl(String service) {
        return baseUrl(Service.named(service));
    }

    /** The broker, which a test may {@link KafkaBroker#stop()} and {@link KafkaBroker#start()} again. */
    public KafkaBroker kafka() {
        return Objects.requireNonNull(kafka, "not started");
    }

    /** The local mail server notifications-service sends through; {@link LocalMail#received()} reads it. */
    public LocalMail mail() {
        return Objects.requireNonNull(mail, "not started");
    }

    public Postgres postgres() {
        return Objects.requireNonNull(postgres, "not started");
    }

    /** The Keycloak the services trust, when the platform runs with one ({@link Builder#keycloak(Path)}). */
    public LocalKeycloak keycloak() {
        if (keycloakDistribution == null) {
            throw new IllegalStateException("the platform runs without Keycloak");
        }
        return Objects.requireNonNull(keycloak, "not started");
    }

    /**
     * Tokens signed with the local key, which the services trust unless the platform runs with Keycloak (then
     * {@link #keycloak()} gives tokens).
     */
    public TestTokens tokens() {
        return new TestTokens(Objects.requireNonNull(signingKey, "not started"), TestTokens.ISSUER);
    }

    /** The service processes of the first start, in the order of {@link Service}, less any stopped or killed since. */
    public List<RunningService> processes() {
        return List.copyOf(running.values());
    }

    /** The replicas started with {@link #startReplicas(List)} that are still running, in start order. */
    public List<RunningService> replicas() {
        return List.copyOf(replicas);
    }

    public Path home() {
        return home;
    }

    public Path logFile(Service service) {
        return home.resolve("logs").resolve(service.serviceName() + ".log");
    }

    /**
     * Stops the services and their replicas (SIGTERM, then SIGKILL after the stop grace, 20 s by default, with their descendants), then Kafka, then
     * PostgreSQL. Safe to call more than once and from a shutdown hook while {@link #start()} is still running.
     */
    @Override
    public void close() {
        closed = true;
        if (supervisor != null) {
            supervisor.close();
        }
        stepLock.lock();
        try {
            RuntimeException failure = null;
            if (!children.isEmpty()) {
                progress.accept(
                        "stopping " + children.stream().map(ChildProcess::name).collect(Collectors.joining(", ")));
                List<String> killed = ChildProcess.stopAll(children, stopGrace);
                if (!killed.isEmpty()) {
                    progress.accept(String.join(", ", killed) + " did not stop within " + stopGrace.toSeconds()
                            + " s and were killed");
                }
                children.clear();
                replicas.clear();
            }
            if (keycloak != null) {
                progress.accept("stopping Keycloak");
                LocalKeycloak stopping = keycloak;
                failure = attempt(() -> stopping.stop(stopGrace), failure);
                keycloak = null;
            }
            if (mail != null) {
                progress.accept("stopping the mail server");
                failure = attempt(mail::close, failure);
                mail = null;
            }
            if (kafka != null) {
                progress.accept("stopping Kafka");
                failure = attempt(kafka::close, failure);
                kafka = null;
            }
            if (postgres != null) {
                progress.accept("stopping PostgreSQL");
                failure = attempt(postgres::close, failure);
                postgres = null;
            }
            if (!keepData) {
                if (kafkaDirectory != null) {
                    failure = attempt(() -> deleteRecursively(kafkaDirectory), failure);
                }
                if (temporaryHome) {
                    failure = attempt(() -> deleteRecursively(home), failure);
                }
            }
            if (watchdog != null) {
                watchdog.close();
                watchdog = null;
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            stepLock.unlock();
        }
    }

    private static RuntimeException attempt(Runnable action, RuntimeException failure) {
        try {
            action.run();
            return failure;
        } catch (RuntimeException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
            return failure;
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }

    /** A path as a person would type it: relative to the working directory when it lies below it. */
    static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        if (absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)) {
            return workingDirectory.relativize(absolute).toString();
        }
        return absolute.toString();
    }

    /** Configures a platform; nothing runs until {@link #start()}. */
    public static final class Builder {
        private Path home;
        private Path repoRoot;
        private boolean keepData;
        private int postgresPort;
        private int kafkaPort;
        private int smtpPort;
        private int imapPort;
        private int pop3Port;
        private final Map<Service, Integer> servicePorts = new EnumMap<>(Service.class);
        private Duration readinessTimeout = Duration.ofSeconds(120);
        private Consumer<String> progress = line -> {};
        private List<String> javaOptions = DEFAULT_JAVA_OPTIONS;
        private Duration stopGrace = STOP_GRACE;
        private Path keycloakDistribution;
        private Path realmFile;
        private int keycloakPort;
        private boolean web;
        private int webPort;
        private boolean durable;
        private RestartPolicy restartPolicy;
        private Consumer<RunningService> onRestart = restarted -> {};

        private Builder() {}

        /**
         * Also run the web application (module {@code web}) on this port (0 for a free one); it needs Keycloak
         * ({@link #keycloak(Path)}), which signs people in.
         */
        public Builder web(int port) {
            this.web = true;
            this.webPort = checkPort(port);
            return this;
        }

        /**
         * Where keys, logs and (with {@link #keepData}) data live. Without it a temporary directory is used and
         * deleted on close.
         */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** The checkout whose {@code <service>/target/quarkus-app/quarkus-run.jar} are run. */
        public Builder repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** Keep PostgreSQL's and Kafka's data in the home directory between runs (default: throw it away). */
        public Builder keepData(boolean keepData) {
            this.keepData = keepData;
            return this;
        }

        /** 0 (the default) for a free port. */
        public Builder postgresPort(int port) {
            this.postgresPort = checkPort(port);
            return this;
        }

        /** 0 (the default) for a free port. */
        public Builder kafkaPort(int port) {
            this.kafkaPort = checkPort(port);
            return this;
        }

        /** The local mail server's SMTP, IMAP and POP3 ports; 0 (the default) for a free port each. */
        public Builder mailPorts(int smtp, int imap, int pop3) {
            this.smtpPort = checkPort(smtp);
            this.imapPort = checkPort(imap);
            this.pop3Port = checkPort(pop3);
            return this;
        }

        /**
         * Run a real Keycloak from this unpacked {@code keycloak-quarkus-dist} (the directory holding {@code bin/kc.sh})
         * with the realm imported, and let the services verify its tokens as in production. Its data lives in memory,
         * or with {@link #keepData} in the distribution's {@code data} directory.
         */
        public Builder keycloak(Path distribution) {
            this.keycloakDistribution = Objects.requireNonNull(distribution).toAbsolutePath();
            return this;
        }

        /** The realm Keycloak imports (default {@code <repoRoot>/deploy/keycloak/guildhall-realm.json}). */
        public Builder realmFile(Path realmFile) {
            this.realmFile = realmFile.toAbsolutePath();
            return this;
        }

        /** Keycloak's HTTP port; 0 (the default) for a free port. */
        public Builder keycloakPort(int port) {
            this.keycloakPort = checkPort(port);
            return this;
        }

        /** 0 (the default) for a free port. */
        public Builder servicePort(Service service, int port) {
            servicePorts.put(service, checkPort(port));
            return this;
        }

        /**
         * The fixed ports of a local run: PostgreSQL 15432, Kafka 19092, services 8081 to 8084, mail SMTP 3025, IMAP
         * 3143, POP3 3110, Keycloak (if it runs) 8180.
         */
        public Builder localPorts() {
            postgresPort(LOCAL_POSTGRES_PORT);
            keycloakPort(LOCAL_KEYCLOAK_PORT);
            kafkaPort(LOCAL_KAFKA_PORT);
            mailPorts(LOCAL_SMTP_PORT, LOCAL_IMAP_PORT, LOCAL_POP3_PORT);
            for (Service service : Service.values()) {
                servicePort(service, service.defaultPort());
            }
            return this;
        }

        /** How long the services together have to become ready (default 120 s). */
        public Builder readinessTimeout(Duration timeout) {
            this.readinessTimeout = timeout;
            return this;
        }

        /** Receives one line per step ("waiting for members-service ..."). */
        public Builder progress(Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        /** The options of each service JVM (default {@link #DEFAULT_JAVA_OPTIONS}). */
        public Builder javaOptions(List<String> options) {
            this.javaOptions = List.copyOf(options);
            return this;
        }

        /** How long the services have to end after SIGTERM before they are killed (default 20 s). */
        public Builder stopGrace(Duration grace) {
            this.stopGrace = Objects.requireNonNull(grace);
            return this;
        }

        /**
         * Whether PostgreSQL acknowledges a commit only once it is on disk ({@code fsync}, {@code synchronous_commit}),
         * as data that people keep needs (the launcher); default false, the fast settings of tests.
         */
        public Builder durable(boolean durable) {
            this.durable = durable;
            return this;
        }

        /**
         * Start the first instance of a service again when it exits on its own once the platform runs, as
         * {@code policy} says, and tell {@link #onRestart} (default: a crash stays a crash, as tests of crashes want).
         */
        public Builder restartCrashedServices(RestartPolicy policy) {
            this.restartPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /** Told of each service restarted after a crash ({@link #restartCrashedServices}), with its new process. */
        public Builder onRestart(Consumer<RunningService> onRestart) {
            this.onRestart = Objects.requireNonNull(onRestart);
            return this;
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            return port;
        }

        /** The platform, not started yet: register its {@link #close()} before a long {@link #start()}. */
        public Platform build() {
            Objects.requireNonNull(repoRoot, "repoRoot");
            try {
                if (home == null) {
                    return new Platform(this, Files.createTempDirectory("guildhall-"), true);
                }
                return new Platform(this, home.toAbsolutePath(), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Builds and starts the platform. */
        public Platform start() {
            return build().start();
        }
    }
}
