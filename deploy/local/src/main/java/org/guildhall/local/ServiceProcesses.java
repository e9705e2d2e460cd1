package org.guildhall.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.TestTokens;

/**
 * The processes the platform runs on its {@link Infrastructure}: the four packaged services, their replicas and the web
 * application, each a {@link ChildProcess} with its log, told through its environment where the infrastructure
 * answers. {@link Platform} calls what changes them under its step lock; {@link #awaitReady} runs outside it.
 */
final class ServiceProcesses {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final Duration PROBE_EVERY = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 25;

    private final Path repoRoot;
    private final Path home;
    private final Map<Service, Integer> requestedPorts;
    private final Duration readinessTimeout;
    private final Consumer<String> progress;
    private final List<String> javaOptions;
    private final Duration stopGrace;
    private final boolean web;
    private final int webPort;
    private final Infrastructure infrastructure;
    private final Supplier<Watchdog> watchdog;
    private final ServiceJava serviceJava;
    /** Where the start-up caches live ({@link ServiceJava#cacheFile}); null: none. */
    private final Path startupCaches;
    /** How long the platform runs ready before a recording start-up cache is written ({@link StartupCache}). */
    private final Duration trainingTime;

    /** Start-up caches found recorded, to build once the platform is ready ({@link #finishStartupCaches()}). */
    private final List<PendingBuild> toBuild = new ArrayList<>();
    /** The processes building a start-up cache now; guards {@link #buildsStopped}. */
    private final List<ChildProcess> builds = new ArrayList<>();

    private boolean buildsStopped;
    /** The processes recording a start-up cache, to keep or drop what they wrote when they stop. */
    private final Map<ChildProcess, StartupCache> recordings = new java.util.concurrent.ConcurrentHashMap<>();

    /** The web application's process, when it runs ({@link Platform.Builder#web(int)}). */
    private ChildProcess webProcess;
    /** The web application's port once chosen ({@link #webPort()}); 0 before. */
    private int chosenWebPort;
    /** Every service process still to be stopped: the first instances and the replicas. */
    private final List<ChildProcess> children = new ArrayList<>();
    /** The first instance of each service, in the order of {@link Service}; read while a test kills one. */
    private final Map<Service, RunningService> running = new ConcurrentSkipListMap<>();

    private final List<RunningService> replicas = new CopyOnWriteArrayList<>();
    private final Map<Service, Integer> replicasStarted = new EnumMap<>(Service.class);

    ServiceProcesses(
            Path repoRoot,
            Path home,
            Map<Service, Integer> requestedPorts,
            Duration readinessTimeout,
            Consumer<String> progress,
            List<String> javaOptions,
            Duration stopGrace,
            boolean web,
            int webPort,
            Infrastructure infrastructure,
            Supplier<Watchdog> watchdog,
            ServiceJava serviceJava,
            Path startupCaches,
            Duration trainingTime) {
        this.repoRoot = repoRoot;
        this.home = home;
        this.requestedPorts = new EnumMap<>(requestedPorts);
        this.readinessTimeout = readinessTimeout;
        this.progress = progress;
        this.javaOptions = List.copyOf(javaOptions);
        this.stopGrace = stopGrace;
        this.web = web;
        this.webPort = webPort;
        this.infrastructure = infrastructure;
        this.watchdog = watchdog;
        this.serviceJava = serviceJava;
        this.startupCaches = startupCaches;
        this.trainingTime = trainingTime;
    }

    /** The JDK the services run on. */
    ServiceJava serviceJava() {
        return serviceJava;
    }

    /**
     * The start-up cache options of one process of {@code name} and what the launcher says of them
     * ({@link StartupCache}). The first instance records when there is nothing yet; a replica only uses a cache (two
     * processes must not write one file). A recording is remembered with its process, to be kept or dropped when it
     * stops ({@link #stopAll()}); one that waits to be built is built after the platform is ready
     * ({@link #finishStartupCaches()}).
     */
    private Cache cache(String name, Path jar, boolean mayRecord) {
        if (startupCaches == null) {
            return Cache.NONE;
        }
        StartupCache cache = StartupCache.of(serviceJava, startupCaches, name, jar);
        switch (cache.state()) {
            case READY:
                return new Cache(
                        cache.useOptions(), ", with its " + cache.kind() + " " + Machine.display(cache.cache()), null);
            case RECORDED:
                if (mayRecord) {
                    toBuild.add(new PendingBuild(name, jar, cache));
                    return new Cache(
                            List.of(),
                            ", without a cache this time (its " + cache.kind()
                                    + " is built from the first run's recording once the platform is ready)",
                            null);
                }
                return Cache.NONE;
            default:
                if (!mayRecord || !cache.canRecord()) {
                    return Cache.NONE;
                }
                try {
                    ServiceJava.deleteStale(startupCaches, name, cache.cache());
                    return new Cache(
                            cache.recordOptions(),
                            ", recording its " + cache.kind() + " (written " + trainingTime.toSeconds()
                                    + " s after the platform is ready; the next start uses it)",
                            cache);
                } catch (java.io.IOException e) {
                    return Cache.NONE;
                }
        }
    }

    /** A process's start-up cache options; {@code recording}: the cache it records, or null. */
    private record Cache(List<String> options, String description, StartupCache recording) {
        static final Cache NONE = new Cache(List.of(), "", null);
    }

    private record PendingBuild(String name, Path jar, StartupCache cache) {}

    /**
     * Finishes the start-up caches of this run in one background thread ({@link StartupCache}): first builds those
     * whose recordings an earlier run left (JDK 25+), then, once the platform has been ready for the training time,
     * ends each first instance's recording in its running JVM and builds its cache. Each step's JVM runs at low
     * priority with its log in {@code logs/<name>-aot-cache.log} and stops with the platform; the next start uses
     * what was finished. Call it once, when the platform is ready, under the step lock.
     */
    void finishStartupCaches() {
        List<PendingBuild> pending = List.copyOf(toBuild);
        toBuild.clear();
        if (pending.isEmpty() && recordings.isEmpty()) {
            return;
        }
        Thread finisher = new Thread(
                () -> {
                    pending.forEach(this::build);
                    if (awaitTraining()) {
                        endRecordings();
                    }
                },
                "startup-cache");
        finisher.setDaemon(true);
        finisher.start();
    }

    /** Waits the training time; false when the platform stopped meanwhile. */
    private boolean awaitTraining() {
        long deadline = System.nanoTime() + trainingTime.toNanos();
        synchronized (builds) {
            while (!buildsStopped) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                try {
                    builds.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }

    private void endRecordings() {
        Map<ChildProcess, StartupCache> recorded;
        synchronized (builds) {
            recorded = new java.util.LinkedHashMap<>(recordings);
        }
        for (Map.Entry<ChildProcess, StartupCache> entry : recorded.entrySet()) {
            ChildProcess recorder = entry.getKey();
            StartupCache cache = entry.getValue();
            if (!recorder.isAlive()) {
                continue; // crashed or stopped: the supervisor's new process does not record
            }
            String name = cache.cache().getFileName().toString().replaceFirst("-jdk.*", "");
            int exit = runStep(name, cache.endRecordingCommand(recorder.pid()));
            synchronized (builds) {
                if (buildsStopped) {
                    return;
                }
                recordings.remove(recorder);
                cache.finishRecording(exit == 0);
            }
            if (cache.state() == StartupCache.State.RECORDED) {
                build(new PendingBuild(name, jarOf(name), cache));
            } else if (cache.state() == StartupCache.State.READY) {
                progress.accept(name + ": " + cache.kind() + " written; the next start uses it");
            } else {
                progress.accept(name + ": recording its " + cache.kind() + " failed (exit " + exit + "), see "
                        + Machine.display(stepLog(name)));
            }
        }
    }

    private Path jarOf(String name) {
        return name.equals("web") ? webJar() : Service.named(name).jar(repoRoot);
    }

    private Path stepLog(String name) {
        return home.resolve("logs").resolve(name + "-aot-cache.log");
    }

    /**
     * Runs one step of a start-up cache ({@code jcmd}, or the JVM that builds a cache) as a process stopped with the
     * platform, its output appended to the name's log; returns its exit code, or -1 when it could not run or the
     * platform stopped first.
     */
    private int runStep(String name, List<String> command) {
        ChildProcess process;
        synchronized (builds) {
            if (buildsStopped) {
                return -1;
            }
            try {
                process = ChildProcess.start(name + "-aot-cache", command, Map.of(), 0, stepLog(name), true);
            } catch (RuntimeException e) {
                return -1;
            }
            builds.add(process);
            watch(process.name(), process.pid());
        }
        try {
            return process.process().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            synchronized (builds) {
                builds.remove(process);
            }
            watchdog.get().forget(process.pid());
        }
    }

    private void build(PendingBuild build) {
        List<String> command;
        try {
            command = build.cache().assembleCommand(javaOptions, build.jar());
        } catch (java.io.IOException e) {
            progress.accept(build.name() + ": could not build its AOT cache: " + e.getMessage());
            return;
        }
        progress.accept(build.name() + ": building its AOT cache in the background, log "
                + Machine.display(stepLog(build.name())));
        long started = System.nanoTime();
        int exit = runStep(build.name(), command);
        synchronized (builds) {
            build.cache().finishAssembly(exit == 0, buildsStopped);
            if (!buildsStopped) {
                progress.accept(build.name()
                        + (exit == 0
                                ? ": AOT cache built in " + seconds(System.nanoTime() - started)
                                        + " s; the next start uses it"
                                : ": building its AOT cache failed (exit " + exit + "), see "
                                        + Machine.display(stepLog(build.name()))));
            }
        }
    }

    void checkBuilt() {
        List<String> missing = Stream.of(Service.values())
                .map(service -> service.jar(repoRoot))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Machine::display)
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new PlatformException("the services are not built; missing " + String.join(", ", missing)
                    + ". Build them with ./mvnw install -DskipTests");
        }
    }

    void checkWebBuilt() {
        if (web && !Files.isRegularFile(webJar())) {
            throw new PlatformException("the web application is not built; missing " + Machine.display(webJar())
                    + ". Build it with ./mvnw install -DskipTests");
        }
        if (web && !infrastructure.withKeycloak()) {
            throw new PlatformException("the web application signs people in with Keycloak: run it with Keycloak");
        }
    }

    /** Adds each port of a service or the web application that another process holds to {@code busy}. */
    void checkPortsFree(List<String> busy) {
        requestedPorts.forEach((service, port) -> Infrastructure.checkPortFree(port, service.serviceName(), busy));
        if (web) {
            Infrastructure.checkPortFree(webPort, "web", busy);
        }
    }

    /** Starts the first instance of {@code service}; call it under the step lock. */
    void startService(Service service) {
        int requested = requestedPorts.getOrDefault(service, 0);
        int port = requested > 0 ? requested : Machine.freePort();
        ChildProcess child = launch(service, service.serviceName(), port, logFile(service));
        running.put(service, new RunningService(service, child.pid(), port, child.logFile()));
    }

    private Path webJar() {
        return repoRoot.resolve("web/target/quarkus-app/quarkus-run.jar");
    }

    boolean web() {
        return web;
    }

    /**
     * Starts the web application (module {@code web}): it signs people in with Keycloak (client {@code guildhall-web}
     * of the realm) and calls the four services with their access tokens. Call it under the step lock.
     */
    void startWeb() {
        int port = webPort();
        Path logFile = home.resolve("logs").resolve("web.log");
        Cache cache = cache("web", webJar(), true);
        List<String> command = new ArrayList<>();
        command.add(serviceJava.java().toString());
        command.addAll(javaOptions);
        command.addAll(cache.options());
        command.add("-jar");
        command.add(webJar().toString());
        progress.accept("web: starting on port " + port + " on JDK " + serviceJava.version() + cache.description()
                + ", log " + Machine.display(logFile));
        webProcess = ChildProcess.start("web", command, webEnvironment(port), port, logFile);
        children.add(webProcess);
        if (cache.recording() != null) {
            recordings.put(webProcess, cache.recording());
        }
        watch("web", webProcess.pid());
    }

    /**
     * The web application's port: the one asked for, else a free one chosen the first time it is needed, so that
     * notifications-service, started before the web application, can link to it in e-mails.
     */
    private int webPort() {
        if (chosenWebPort == 0) {
            chosenWebPort = webPort > 0 ? webPort : Machine.freePort();
        }
        return chosenWebPort;
    }

    /** What the web application is told: its port and own address, the realm, and where each service answers. */
    Map<String, String> webEnvironment(int port) {
        LocalKeycloak keycloak = infrastructure.keycloak();
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // its own address, as notifications-service links to it: those links in a notice become links in the inbox
        environment.put("GUILDHALL_WEB_BASE_URL", "http://localhost:" + port);
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

    /** The web application's address, when it runs. */
    URI webUrl() {
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
        Cache cache = cache(service.serviceName(), service.jar(repoRoot), name.equals(service.serviceName()));
        List<String> command = new ArrayList<>();
        command.add(serviceJava.java().toString());
        command.addAll(javaOptions);
        command.addAll(cache.options());
        command.add("-jar");
        command.add(service.jar(repoRoot).toString());
        progress.accept(name + ": starting on port " + port + " on JDK " + serviceJava.version() + cache.description()
                + ", log " + Machine.display(logFile));
        ChildProcess child = ChildProcess.start(name, command, environment(service, port), port, logFile, appendToLog);
        children.add(child);
        if (cache.recording() != null) {
            recordings.put(child, cache.recording());
        }
        watch(name, child.pid());
        return child;
    }

    /**
     * What a service is told through its environment (docs/architecture.md, Configuration: {@code %prod} reads these);
     * notifications-service also the local SMTP server, and that webhook receivers on loopback are allowed.
     */
    Map<String, String> environment(Service service, int port) {
        Postgres postgres = infrastructure.postgres();
        Map<String, String> environment = new java.util.LinkedHashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()),
                "QUARKUS_DATASOURCE_USERNAME", Postgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers()));
        LocalKeycloak keycloak = infrastructure.keycloak();
        if (keycloak != null) {
            // production's path: discovery, keys and issuer from the realm; %prod checks the audience
            environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl().toString());
        } else {
            environment.put(
                    "QUARKUS_OIDC_PUBLIC_KEY", infrastructure.signingKey().publicKeyBase64());
            environment.put("QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER);
        }
        // %prod logs JSON for a log collector; a person reads these logs
        environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        if (service == Service.NOTIFICATIONS) {
            LocalMail mail = infrastructure.mail();
            environment.put("QUARKUS_MAILER_HOST", mail.host());
            environment.put("QUARKUS_MAILER_PORT", Integer.toString(mail.smtpPort()));
            environment.put("QUARKUS_MAILER_TLS", "false");
            environment.put("QUARKUS_MAILER_START_TLS", "DISABLED");
            environment.put("QUARKUS_MAILER_MOCK", "false");
            // the local run's webhook receivers are on this machine; production keeps loopback refused
            environment.put("GUILDHALL_WEBHOOKS_ALLOW_LOOPBACK", "true");
            // the unsubscribe links in e-mails work across restarts of the local run
            environment.put("GUILDHALL_UNSUBSCRIBE_SECRET", infrastructure.unsubscribeSecret());
            // where the links in e-mails lead: the web application (its default port when it does not run), and this
            // very instance for one-click unsubscribe
            environment.put(
                    "GUILDHALL_WEB_BASE_URL", "http://localhost:" + (web ? webPort() : Platform.LOCAL_WEB_PORT));
            environment.put("GUILDHALL_UNSUBSCRIBE_PUBLIC_URL", "http://localhost:" + port);
        }
        return Map.copyOf(environment);
    }

    /** The processes started so far; call it under the step lock. */
    List<ChildProcess> started() {
        return new ArrayList<>(children);
    }

    /**
     * Returns once each of {@code pending} answers its readiness probe; throws if one exits or the time runs out.
     * {@code stillWanted} runs between probes and throws to give up (the platform was stopped meanwhile).
     */
    void awaitReady(List<ChildProcess> pending, Runnable stillWanted) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long startedAt = System.nanoTime();
        long deadline = startedAt + readinessTimeout.toNanos();
        long nextReport = startedAt + PROGRESS_EVERY.toNanos();
        Set<ChildProcess> waiting = new LinkedHashSet<>(pending);
        progress.accept("waiting for " + names(waiting) + " ...");
        while (!waiting.isEmpty()) {
            stillWanted.run();
            for (ChildProcess child : List.copyOf(waiting)) {
                if (child.isReady(client)) {
                    waiting.remove(child);
                    progress.accept(child.name() + ": ready on http://localhost:" + child.port() + " after "
                            + seconds(System.nanoTime() - startedAt) + " s");
                } else if (!child.isAlive()) {
                    stillWanted.run();
                    throw new PlatformException(child.name() + " exited with code "
                            + child.process().exitValue() + " before it was ready. Its log "
                            + Machine.display(child.logFile()) + " ends with:" + System.lineSeparator()
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
                                .map(child -> Machine.display(child.logFile()))
                                .collect(Collectors.joining(", "))
                        + "; " + Machine.display(waiting.iterator().next().logFile()) + " ends with:"
                        + System.lineSeparator() + waiting.iterator().next().logTail(LOG_TAIL_LINES));
            }
            if (now - nextReport >= 0) {
                progress.accept("waiting for " + names(waiting) + " ... (" + seconds(now - startedAt) + " s)");
                nextReport = now + PROGRESS_EVERY.toNanos();
            }
            Machine.sleep(PROBE_EVERY);
        }
    }

    /** Starts one more instance of {@code service} on a free port with its own log; call it under the step lock. */
    ChildProcess launchReplica(Service service) {
        int number = replicasStarted.merge(service, 1, Integer::sum) + 1;
        String name = service.serviceName() + "-" + number;
        return launch(service, name, Machine.freePort(), home.resolve("logs").resolve(name + ".log"));
    }

    /** Forgets replicas that did not become ready (the caller stops them); call it under the step lock. */
    void forget(List<ChildProcess> starting) {
        children.removeAll(starting);
        starting.forEach(child -> watchdog.get().forget(child.pid()));
    }

    void addReplicas(List<RunningService> started) {
        replicas.addAll(started);
    }

    /** Ends one process with {@code ending} and forgets it; call it under the step lock. */
    void end(RunningService service, Consumer<ChildProcess> ending) {
        ChildProcess child = children.stream()
                .filter(candidate -> candidate.pid() == service.pid())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        service.name() + " with pid " + service.pid() + " is not running in this platform"));
        ending.accept(child);
        StartupCache recording = recordings.remove(child);
        if (recording != null) {
            recording.finishRecording(false); // kept only from a whole platform's stop
        }
        children.remove(child);
        watchdog.get().forget(child.pid());
        replicas.remove(service);
        running.remove(service.service(), service);
    }

    /** Hands each first instance to {@code supervisor}; call it under the step lock. */
    void supervise(Supervisor supervisor) {
        for (ChildProcess child : children) {
            RunningService first = running.values().stream()
                    .filter(service -> service.pid() == child.pid())
                    .findFirst()
                    .orElse(null);
            if (first != null) {
                supervisor.supervise(first.service(), child);
            }
        }
    }

    boolean contains(ChildProcess child) {
        return children.contains(child);
    }

    /** Starts {@code service} again on the port and log of {@code dead}, which exited on its own; under the step lock. */
    ChildProcess relaunch(Service service, ChildProcess dead) {
        appendToLog(
                dead.logFile(),
                "---- " + Instant.now() + " the platform starts " + dead.name() + " again: pid " + dead.pid()
                        + " exited with code " + dead.process().exitValue() + " ----");
        recordings.remove(dead); // what it recorded is lost with it: the new process records afresh
        ChildProcess child = launch(service, dead.name(), dead.port(), dead.logFile(), true);
        children.remove(dead);
        watchdog.get().forget(dead.pid());
        running.put(service, new RunningService(service, child.pid(), child.port(), child.logFile()));
        return child;
    }

    private static void appendToLog(Path logFile, String line) {
        try {
            Files.writeString(
                    logFile, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            // the restart is reported all the same
        }
    }

    /** Stops every process (SIGTERM, then SIGKILL after the stop grace); call it under the step lock. */
    void stopAll() {
        List<ChildProcess> stopping = new ArrayList<>(children);
        synchronized (builds) {
            buildsStopped = true;
            builds.notifyAll();
            stopping.addAll(builds);
        }
        if (stopping.isEmpty()) {
            return;
        }
        progress.accept("stopping " + stopping.stream().map(ChildProcess::name).collect(Collectors.joining(", ")));
        List<String> killed = ChildProcess.stopAll(stopping, stopGrace);
        if (!killed.isEmpty()) {
            progress.accept(
                    String.join(", ", killed) + " did not stop within " + stopGrace.toSeconds() + " s and were killed");
        }
        synchronized (builds) {
            // JDK 25+: a recording not yet ended is written by its JVM as it stops
            recordings.forEach((child, cache) -> cache.finishRecording(!killed.contains(child.name())));
            recordings.clear();
        }
        children.clear();
        replicas.clear();
    }

    URI baseUrl(Service service) {
        RunningService runningService = running.get(service);
        if (runningService == null) {
            throw new IllegalStateException(service.serviceName() + " is not running");
        }
        return runningService.baseUrl();
    }

    List<RunningService> processes() {
        return List.copyOf(running.values());
    }

    List<RunningService> replicas() {
        return List.copyOf(replicas);
    }

    Path logFile(Service service) {
        return home.resolve("logs").resolve(service.serviceName() + ".log");
    }

    private void watch(String name, long pid) {
        OwnedProcess.of(name, pid, false).ifPresent(watchdog.get()::watch);
    }

    private static String names(Set<ChildProcess> children) {
        return children.stream().map(ChildProcess::name).collect(Collectors.joining(", "));
    }

    private static long seconds(long nanos) {
        return Math.round(nanos / 1e9);
    }
}
