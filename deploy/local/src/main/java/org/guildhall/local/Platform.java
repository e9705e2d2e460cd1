package org.guildhall.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.Postgres;
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
 * <p>This class holds the order of the steps, the lock that lets {@link #close()} undo a start half done, and what
 * keeps the run whole across crashes (the watchdog, the supervisor). What runs lives in two parts below it:
 * {@link Infrastructure} (PostgreSQL, Kafka, mail, Keycloak, the signing key) and {@link ServiceProcesses} (the
 * services, their replicas, the web application).
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
    public static final Duration STOP_GRACE = ChildProcess.STOP_GRACE;

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

    /**
     * Options of every service JVM: a heap that starts at 16 MiB and grows to at most 384 MiB (the JVM's default
     * initial heap, 1/64 of the machine's memory, left a service 90-110 MiB more resident after its first request on
     * 24 GiB, for no faster start: docs/benchmarks.md, issue 17 §1), and C1 only, which starts four JVMs on two cores
     * much faster.
     */
    public static final List<String> DEFAULT_JAVA_OPTIONS =
            List.of("-Xms16m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Path home;
    private final boolean temporaryHome;
    private final boolean keepData;
    private final Consumer<String> progress;
    private final Duration stopGrace;
    private final Supervisor supervisor;
    private final Infrastructure infrastructure;
    private final ServiceProcesses services;

    /** Held by each start step and by close(), so that close() waits for a step and then undoes it. */
    private final ReentrantLock stepLock = new ReentrantLock();

    private volatile boolean closed;
    private volatile boolean started;
    private volatile boolean ready;

    /** Stops what this platform started if this JVM dies without closing it. */
    private Watchdog watchdog;

    private Platform(Builder builder, Path home, boolean temporaryHome) {
        this.home = home;
        this.temporaryHome = temporaryHome;
        this.keepData = builder.keepData;
        this.progress = builder.progress;
        this.stopGrace = builder.stopGrace;
        this.infrastructure = new Infrastructure(
                home,
                builder.keepData,
                builder.durable,
                builder.postgresPort,
                builder.kafkaPort,
                builder.smtpPort,
                builder.imapPort,
                builder.pop3Port,
                builder.keycloakDistribution,
                builder.realmFile != null
                        ? builder.realmFile
                        : builder.repoRoot.resolve("deploy/keycloak/guildhall-realm.json"),
                builder.keycloakPort,
                builder.progress);
        this.services = new ServiceProcesses(
                builder.repoRoot,
                home,
                builder.servicePorts,
                builder.readinessTimeout,
                builder.progress,
                builder.javaOptions,
                builder.stopGrace,
                builder.web,
                builder.webPort,
                infrastructure,
                () -> watchdog,
                builder.serviceJava,
                builder.startupCaches,
                builder.startupCacheTraining);
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
            progress.accept("services: on " + services.serviceJava().describe());
            startWatchdog();
            step(() -> infrastructure.startKeycloak(watchdog)); // boots while PostgreSQL and Kafka start
            step(() -> infrastructure.startPostgres(watchdog));
            step(infrastructure::startKafka);
            step(infrastructure::startMail);
            step(infrastructure::loadSigningKey);
            awaitKeycloakReady();
            for (Service service : Service.values()) {
                step(() -> services.startService(service));
            }
            if (services.web()) {
                step(services::startWeb);
            }
            awaitServicesReady();
            superviseServices();
            step(services::finishStartupCaches);
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
        services.checkBuilt();
        infrastructure.checkKeycloakPresent();
        services.checkWebBuilt();
    }

    private void checkPortsFree() {
        List<String> busy = new ArrayList<>();
        infrastructure.checkPortsFree(busy);
        services.checkPortsFree(busy);
        if (!busy.isEmpty()) {
            throw new PlatformException("port " + String.join(", ", busy)
                    + " already in use: is Guildhall running already (./guildhall status)?");
        }
    }

    private void awaitKeycloakReady() {
        if (!infrastructure.withKeycloak()) {
            return;
        }
        LocalKeycloak starting;
        stepLock.lock();
        try {
            ensureOpen();
            starting = infrastructure.keycloak();
        } finally {
            stepLock.unlock();
        }
        // not under the step lock: close() must be able to stop a Keycloak that takes long
        Infrastructure.awaitKeycloakReady(starting, this::ensureOpen, progress);
    }

    /** What the web application is told: its port, the realm, and where each service answers. */
    Map<String, String> webEnvironment(int port) {
        return services.webEnvironment(port);
    }

    /** The web application's address, when it runs ({@link Builder#web(int)}). */
    public URI webUrl() {
        return services.webUrl();
    }

    /**
     * What a service is told through its environment (docs/architecture.md: {@code %prod} reads these); notifications-service
     * also the local SMTP server.
     */
    Map<String, String> environment(Service service, int port) {
        return services.environment(service, port);
    }

    private void awaitServicesReady() {
        List<ChildProcess> pending;
        stepLock.lock();
        try {
            ensureOpen();
            pending = services.started();
        } finally {
            stepLock.unlock();
        }
        services.awaitReady(pending, this::ensureOpen);
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
    public List<RunningService> startReplicas(List<Service> wanted) {
        if (!ready || closed) {
            throw new IllegalStateException("the platform is not running");
        }
        List<ChildProcess> starting = new ArrayList<>();
        List<RunningService> started = new ArrayList<>();
        try {
            for (Service service : wanted) {
                step(() -> {
                    ChildProcess child = services.launchReplica(service);
                    starting.add(child);
                    started.add(new RunningService(service, child.pid(), child.port(), child.logFile()));
                });
            }
            services.awaitReady(starting, this::ensureOpen);
        } catch (RuntimeException e) {
            stepLock.lock();
            try {
                services.forget(starting);
            } finally {
                stepLock.unlock();
            }
            ChildProcess.stopAll(starting, stopGrace);
            throw e;
        }
        services.addReplicas(started);
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
            services.end(service, ending);
        } finally {
            stepLock.unlock();
        }
    }

    // What keeps the local run whole across crashes: the watchdog (this JVM dies), the supervisor (a service dies).

    private void startWatchdog() {
        step(() -> watchdog = Watchdog.start(stopGrace, home.resolve("logs").resolve("watchdog.log"), progress));
    }

    private void superviseServices() {
        if (supervisor == null) {
            return;
        }
        stepLock.lock();
        try {
            ensureOpen();
            services.supervise(supervisor);
        } finally {
            stepLock.unlock();
        }
    }

    private boolean stillWanted(ChildProcess child) {
        stepLock.lock();
        try {
            return !closed && services.contains(child);
        } finally {
            stepLock.unlock();
        }
    }

    /** Starts {@code service} again on the port and log of {@code dead}, which exited on its own. */
    private ChildProcess relaunch(Service service, ChildProcess dead) {
        stepLock.lock();
        try {
            if (closed || !services.contains(dead)) {
                return null;
            }
            return services.relaunch(service, dead);
        } finally {
            stepLock.unlock();
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
        return services.baseUrl(service);
    }

    /** The URL of a service by its name ({@code members-service}) or short name ({@code members}). */
    public URI baseUrl(String service) {
        return baseUrl(Service.named(service));
    }

    /** The broker, which a test may {@link KafkaBroker#stop()} and {@link KafkaBroker#start()} again. */
    public KafkaBroker kafka() {
        return Objects.requireNonNull(infrastructure.kafka(), "not started");
    }

    /** The local mail server notifications-service sends through; {@link LocalMail#received()} reads it. */
    public LocalMail mail() {
        return Objects.requireNonNull(infrastructure.mail(), "not started");
    }

    public Postgres postgres() {
        return Objects.requireNonNull(infrastructure.postgres(), "not started");
    }

    /** The Keycloak the services trust, when the platform runs with one ({@link Builder#keycloak(Path)}). */
    public LocalKeycloak keycloak() {
        if (!infrastructure.withKeycloak()) {
            throw new IllegalStateException("the platform runs without Keycloak");
        }
        return Objects.requireNonNull(infrastructure.keycloak(), "not started");
    }

    /**
     * Tokens signed with the local key, which the services trust unless the platform runs with Keycloak (then
     * {@link #keycloak()} gives tokens).
     */
    public TestTokens tokens() {
        return new TestTokens(Objects.requireNonNull(infrastructure.signingKey(), "not started"), TestTokens.ISSUER);
    }

    /** The service processes of the first start, in the order of {@link Service}, less any stopped or killed since. */
    public List<RunningService> processes() {
        return services.processes();
    }

    /** The replicas started with {@link #startReplicas(List)} that are still running, in start order. */
    public List<RunningService> replicas() {
        return services.replicas();
    }

    public Path home() {
        return home;
    }

    public Path logFile(Service service) {
        return services.logFile(service);
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
            services.stopAll();
            RuntimeException failure = infrastructure.stop(stopGrace, null);
            if (!keepData && temporaryHome) {
                failure = attempt(() -> Machine.deleteRecursively(home), failure);
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

    static RuntimeException attempt(Runnable action, RuntimeException failure) {
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
        private ServiceJava serviceJava = ServiceJava.current();
        private Path startupCaches;
        private Duration startupCacheTraining = Duration.ofSeconds(30);

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

        /** The JDK the services and the web application run on (default: this JVM's). */
        public Builder serviceJava(ServiceJava java) {
            this.serviceJava = Objects.requireNonNull(java);
            return this;
        }

        /**
         * Run each service with a start-up cache kept in {@code directory}: an AOT cache on JDK 25 and newer, an AppCDS
         * archive before; recorded by the first run of a build on a JDK, used by the next (default: none).
         */
        public Builder startupCaches(Path directory) {
            this.startupCaches = directory.toAbsolutePath();
            return this;
        }

        /**
         * How long the platform runs ready, serving what comes, before each recording start-up cache is written from
         * what its service loaded so far ({@link StartupCache}); 30 s unless set.
         */
        public Builder startupCacheTraining(Duration training) {
            this.startupCacheTraining = Objects.requireNonNull(training);
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
