package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.SigningKey;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the platform with real PostgreSQL and Kafka, and {@link FakeService} packed as each service's jar. */
class PlatformTest {

    @TempDir
    Path repo;

    @TempDir
    Path home;

    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    /**
     * What the platform has said so far, copied under the list's lock: the platform's threads add to it while a test
     * looks, and iterating the list itself (as AssertJ does) then fails with a ConcurrentModificationException.
     */
    private List<String> progress() {
        synchronized (progress) {
            return List.copyOf(progress);
        }
    }

    @Test
    void the_services_run_on_the_chosen_jdk_recording_a_start_up_cache_once_and_starting_from_it_after()
            throws Exception {
        fakeServices(Map.of());
        ServiceJava java = ServiceJava.newest(System.getenv(), ServiceJava.INSTALL_PLACES);
        Path caches = home.resolve("aot");
        String kind = java.aotCache() ? "AOT cache" : "AppCDS archive";
        StartupCache cache = StartupCache.of(java, caches, "members-service", Service.MEMBERS.jar(repo));

        try (Platform platform = started(java, caches, Duration.ofSeconds(1))) {
            assertThat(progress()).contains("services: on " + java.describe());
            assertThat(progress()).anySatisfy(line -> assertThat(line)
                    .startsWith("members-service: starting on port")
                    .contains("on JDK " + java.version() + ", recording its " + kind));
            long pid = platform.processes().get(0).pid();
            assertThat(ProcessHandle.of(pid).flatMap(handle -> handle.info().command()))
                    .hasValue(java.java().toString());
            // written while the platform runs, not when it stops
            await().atMost(Duration.ofSeconds(120)).until(() -> progress().stream()
                    .anyMatch(line -> line.startsWith("members-service: ") && line.endsWith("the next start uses it")));
            assertThat(cache.state()).isEqualTo(StartupCache.State.READY);
        }
        assertThat(ProcessHandle.current().descendants()).isEmpty();

        progress.clear();
        try (Platform again = started(java, caches, Duration.ofSeconds(1))) {
            assertThat(progress()).anySatisfy(line -> assertThat(line)
                    .startsWith("members-service: starting on port")
                    .contains("with its " + kind + " " + Machine.display(cache.cache())));
        }
    }

    @Test
    void a_ctrl_c_while_the_start_up_caches_are_recorded_leaves_no_process_and_no_half_written_cache()
            throws Exception {
        fakeServices(Map.of());
        ServiceJava java = ServiceJava.newest(System.getenv(), ServiceJava.INSTALL_PLACES);
        Path caches = home.resolve("aot");
        StartupCache cache = StartupCache.of(java, caches, "members-service", Service.MEMBERS.jar(repo));

        try (Platform first = started(java, caches, Duration.ofMinutes(10))) {
            assertThat(first.processes()).isNotEmpty();
        } // stopped before the recordings were written

        assertThat(ProcessHandle.current().descendants()).isEmpty();
        assertThat(cache.recording()).doesNotExist();
        assertThat(cache.assembling()).doesNotExist();
    }

    private Platform started(ServiceJava java, Path caches, Duration training) {
        return Platform.builder()
                .repoRoot(repo)
                .home(home)
                .serviceJava(java)
                .startupCaches(caches)
                .startupCacheTraining(training)
                .progress(progress::add)
                .start();
    }

    @Test
    void shouldStartEverythingWireTheServicesAndLeaveNothingBehind() throws Exception {
        fakeServices(Map.of(Service.MEMBERS, "stubborn"));
        List<Long> pids = new ArrayList<>();
        int postgresPort;
        Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(home)
                .stopGrace(Duration.ofSeconds(2))
                .progress(progress::add)
                .start();
        try {
            assertThat(platform.processes()).extracting(RunningService::service).containsExactly(Service.values());
            for (RunningService service : platform.processes()) {
                assertThat(ProcessHandle.of(service.pid()))
                        .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
                assertThat(service.logFile()).isEqualTo(home.resolve("logs/" + service.name() + ".log"));
                assertThat(Files.readString(service.logFile())).contains("listening on " + service.port());
                assertThat(platform.baseUrl(service.service()))
                        .isEqualTo(URI.create("http://localhost:" + service.port()));
                pids.add(service.pid());
                pids.add(childPid(service.logFile()));
            }
            assertThat(platform.baseUrl("events")).isEqualTo(platform.baseUrl(Service.EVENTS));

            String environment = get(platform.baseUrl(Service.EVENTS).resolve("/env"));
            String publicKey = SigningKey.loadOrCreate(home.resolve("keys")).publicKeyBase64();
            assertThat(environment.lines())
                    .contains(
                            "QUARKUS_HTTP_PORT="
                                    + platform.baseUrl(Service.EVENTS).getPort(),
                            "QUARKUS_DATASOURCE_JDBC_URL=" + platform.postgres().jdbcUrl("events"),
                            "QUARKUS_DATASOURCE_USERNAME=" + Postgres.USER,
                            "QUARKUS_DATASOURCE_PASSWORD=" + Postgres.PASSWORD,
                            "KAFKA_BOOTSTRAP_SERVERS=" + platform.kafka().bootstrapServers(),
                            "QUARKUS_OIDC_PUBLIC_KEY=" + publicKey,
                            "QUARKUS_OIDC_TOKEN_ISSUER=" + TestTokens.ISSUER);
            assertThat(environment).doesNotContain("QUARKUS_MAILER_");
            assertThat(get(platform.baseUrl(Service.NOTIFICATIONS).resolve("/env"))
                            .lines())
                    .contains(
                            "QUARKUS_MAILER_HOST=127.0.0.1",
                            "QUARKUS_MAILER_PORT=" + platform.mail().smtpPort(),
                            "QUARKUS_MAILER_MOCK=false");
            for (Service service : Service.values()) {
                try (Connection connection = DriverManager.getConnection(
                        platform.postgres().jdbcUrl(service.database()), Postgres.USER, Postgres.PASSWORD)) {
                    assertThat(connection.isValid(2)).isTrue();
                }
            }
            assertThat(platform.kafka().isRunning()).isTrue();
            assertThat(setting(platform, "synchronous_commit"))
                    .as("tests keep the fast settings")
                    .isEqualTo("off");
            assertThat(platform.ownedProcesses())
                    .extracting(OwnedProcess::name)
                    .containsExactly(
                            "postgresql",
                            "members-service",
                            "events-service",
                            "mentoring-service",
                            "notifications-service");
            assertThat(platform.watchdogPid()).isPresent();
            assertThat(progress())
                    .contains(
                            "waiting for members-service, events-service, mentoring-service, notifications-service ...");
            int membersPort = platform.baseUrl(Service.MEMBERS).getPort();
            assertThat(Launcher.readyTable(platform).lines())
                    .hasSize(5)
                    .element(1)
                    .asString()
                    .startsWith("members-service  ")
                    .contains("  http://localhost:" + membersPort + "/q/swagger-ui  ")
                    .contains("  http://localhost:" + membersPort + "/q/health  ")
                    .endsWith(Machine.display(home.resolve("logs/members-service.log")));
            postgresPort = platform.postgres().port();
        } finally {
            platform.close();
        }

        assertThat(pids).hasSize(8).allSatisfy(pid -> assertThat(
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("process %d is alive", pid)
                .isFalse());
        assertThat(progress()).contains("members-service did not stop within 2 s and were killed");
        assertNothingLeft();
        assertThat(Machine.isFree(postgresPort)).as("PostgreSQL's port is free").isTrue();
        try (Stream<Path> left = Files.list(home)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("keys", "logs");
        }
        platform.close(); // a second close does nothing
    }

    @Test
    void shouldKeepTheDataBetweenRunsWhenAsked() throws Exception {
        fakeServices(Map.of());
        try (Platform platform =
                Platform.builder().repoRoot(repo).home(home).keepData(true).start()) {
            try (Connection connection = DriverManager.getConnection(
                    platform.postgres().jdbcUrl("members"), Postgres.USER, Postgres.PASSWORD)) {
                connection.createStatement().execute("create table kept (id int)");
            }
        }
        assertThat(home.resolve("postgres/PG_VERSION")).exists();
        assertThat(home.resolve("kafka/meta.properties")).exists();
        try (Platform platform = Platform.builder()
                        .repoRoot(repo)
                        .home(home)
                        .keepData(true)
                        .start();
                Connection connection = DriverManager.getConnection(
                        platform.postgres().jdbcUrl("members"), Postgres.USER, Postgres.PASSWORD)) {
            ResultSet tables = connection
                    .createStatement()
                    .executeQuery("select count(*) from information_schema.tables where table_name = 'kept'");
            tables.next();
            assertThat(tables.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void shouldAcknowledgeACommitOnlyOnceItIsOnDiskWhenDurable() throws Exception {
        fakeServices(Map.of());
        try (Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(home)
                .durable(true)
                .progress(progress::add)
                .start()) {
            assertThat(setting(platform, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(platform, "fsync")).isEqualTo("on");
            assertThat(progress()).anySatisfy(line -> assertThat(line)
                    .startsWith("PostgreSQL: ready")
                    .endsWith("every commit on disk before it is acknowledged"));
        }
    }

    @Test
    void shouldRestartAServiceThatDiesOnItsOwnWithGrowingPausesAndReportEachRestart() throws Exception {
        fakeServices(Map.of());
        List<RunningService> restarted = Collections.synchronizedList(new ArrayList<>());
        try (Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(home)
                .restartCrashedServices(
                        new RestartPolicy(Duration.ofMillis(300), Duration.ofMillis(600), Duration.ofMinutes(1)))
                .onRestart(restarted::add)
                .progress(progress::add)
                .start()) {
            RunningService first = platform.processes().get(Service.MEMBERS.ordinal());

            crash(first);

            await().atMost(Duration.ofSeconds(30)).until(() -> restarted.size() == 1);
            RunningService second = restarted.get(0);
            assertThat(second.pid()).isNotEqualTo(first.pid());
            assertThat(second.port()).isEqualTo(first.port());
            assertThat(platform.processes()).contains(second);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                            get(second.baseUrl().resolve("/q/health/ready")))
                    .isEqualTo("{}"));
            assertThat(progress())
                    .contains("members-service (pid " + first.pid()
                            + ") exited with code 137; restarting it in 300 ms (see "
                            + Machine.display(first.logFile()) + ")")
                    .contains("members-service: restarted as pid " + second.pid() + " on port " + first.port()
                            + " (restart 1)");
            assertThat(platform.restarts(Service.MEMBERS).count()).isEqualTo(1);
            assertThat(Files.readString(first.logFile()))
                    .as("the log keeps the crashed run")
                    .contains("fake service pid " + first.pid())
                    .contains("the platform starts members-service again: pid " + first.pid() + " exited with code 137")
                    .contains("fake service pid " + second.pid());
            assertThat(platform.ownedProcesses())
                    .extracting(OwnedProcess::pid)
                    .contains(second.pid())
                    .doesNotContain(first.pid());

            crash(second);

            await().atMost(Duration.ofSeconds(30)).until(() -> restarted.size() == 2);
            assertThat(progress()).anySatisfy(line -> assertThat(line)
                    .startsWith("members-service (pid " + second.pid()
                            + ") exited with code 137; restarting it in 600 ms"));
            assertThat(platform.restarts(Service.MEMBERS).count()).isEqualTo(2);

            platform.kill(restarted.get(1)); // on purpose: it stays down

            await().during(Duration.ofMillis(1500))
                    .atMost(Duration.ofSeconds(12))
                    .until(() -> restarted.size() == 2);
            assertThat(platform.processes()).extracting(RunningService::service).doesNotContain(Service.MEMBERS);
        }
        assertNothingLeft();
    }

    @Test
    void shouldLeaveNothingRunningWhenTheJvmThatStartedItIsKilled() throws Exception {
        fakeServices(Map.of());
        Path ownerLog = home.resolve("owner.log");
        Process owner = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PlatformOwner.class.getName(),
                        repo.toString(),
                        home.toString())
                .redirectErrorStream(true)
                .redirectOutput(ownerLog.toFile())
                .start();
        RunFile runFile;
        try {
            await().atMost(Duration.ofMinutes(3)).until(() -> Files.exists(RunFile.in(home)) || !owner.isAlive());
            runFile = RunFile.read(RunFile.in(home)).orElseThrow(() -> new AssertionError(read(ownerLog)));
        } finally {
            owner.destroyForcibly(); // SIGKILL: no shutdown hook runs
        }
        assertThat(runFile.owned())
                .extracting(OwnedProcess::name)
                .containsExactly(
                        "postgresql",
                        "members-service",
                        "events-service",
                        "mentoring-service",
                        "notifications-service");
        List<Long> pids = new ArrayList<>();
        runFile.owned().forEach(process -> pids.add(process.pid()));
        for (Service service : Service.values()) {
            pids.add(childPid(home.resolve("logs/" + service.serviceName() + ".log")));
        }

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(pids)
                .allSatisfy(pid ->
                        assertThat(isAlive(pid)).as("process %d is alive", pid).isFalse()));
        assertThat(Machine.isFree(runFile.postgresPort()))
                .as("PostgreSQL's port is free")
                .isTrue();
        assertThat(Files.readString(home.resolve("logs/watchdog.log")))
                .contains("the process " + owner.pid() + " that started the platform is gone");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(this::assertNothingLeft);
    }

    /** Kills a service and its child at once, not through the platform: as a crash would. */
    private static void crash(RunningService service) {
        ProcessHandle process = ProcessHandle.of(service.pid()).orElseThrow();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String setting(Platform platform, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        platform.postgres().jdbcUrl("members"), Postgres.USER, Postgres.PASSWORD);
                ResultSet value = connection.createStatement().executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void shouldNameTheLogOfAServiceThatDiesAndStopTheRest() throws Exception {
        fakeServices(Map.of(Service.EVENTS, "exit"));
        Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(home)
                .progress(progress::add)
                .build();

        assertThatThrownBy(platform::start)
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("events-service exited with code 3 before it was ready")
                .hasMessageContaining(home.resolve("logs/events-service.log").toString())
                .hasMessageContaining("FATAL: the database refused the connection");

        assertNothingLeft();
        assertThat(progress()).contains("stopping Kafka", "stopping PostgreSQL");
    }

    @Test
    void shouldGiveUpOnAServiceThatIsNeverReady() throws Exception {
        fakeServices(Map.of(Service.MENTORING, "never-ready"));

        assertThatThrownBy(() -> Platform.builder()
                        .repoRoot(repo)
                        .home(home)
                        .readinessTimeout(Duration.ofSeconds(3))
                        .start())
                .isInstanceOf(PlatformException.class)
                .hasMessageStartingWith("mentoring-service not ready within 3 s")
                .hasMessageContaining(home.resolve("logs/mentoring-service.log").toString())
                .hasMessageContaining("starting in mode never-ready");

        assertNothingLeft();
    }

    @Test
    void shouldSayWhichJarsAreMissing() throws Exception {
        fakeServices(Map.of());
        Files.delete(Service.NOTIFICATIONS.jar(repo));

        assertThatThrownBy(() -> Platform.builder().repoRoot(repo).home(home).start())
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("notifications-service/target/quarkus-app/quarkus-run.jar")
                .hasMessageNotContaining("members-service")
                .hasMessageContaining("./mvnw install -DskipTests");
    }

    @Test
    void shouldRefuseAPortInUseBeforeStartingAnything() throws Exception {
        fakeServices(Map.of());
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> Platform.builder()
                            .repoRoot(repo)
                            .home(home)
                            .servicePort(Service.MENTORING, taken.getLocalPort())
                            .progress(progress::add)
                            .start())
                    .isInstanceOf(PlatformException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " (mentoring-service) already in use");
        }
        assertThat(progress()).isEmpty();
    }

    @Test
    void shouldRunKeycloakWithTheRealmAndPointTheServicesAtIt() throws Exception {
        fakeServices(Map.of());
        Path distribution = fakeKeycloak("ok");
        Path realm = repo.resolve("deploy/keycloak/guildhall-realm.json");
        Files.createDirectories(realm.getParent());
        Files.writeString(realm, "{\"realm\":\"guildhall\"}");
        long keycloakPid;
        Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(home)
                .keycloak(distribution)
                .stopGrace(Duration.ofSeconds(5))
                .progress(progress::add)
                .start();
        try {
            LocalKeycloak keycloak = platform.keycloak();
            keycloakPid = keycloak.pid();
            assertThat(keycloak.realmUrl())
                    .isEqualTo(URI.create("http://localhost:" + keycloak.port() + "/realms/guildhall"));
            assertThat(distribution.resolve("data/import/guildhall-realm.json")).hasSameTextualContentAs(realm);
            assertThat(keycloak.logFile()).isEqualTo(home.resolve("logs/keycloak.log"));
            assertThat(Files.readString(keycloak.logFile()))
                    .contains("kc.sh start-dev --import-realm --http-port=" + keycloak.port() + " --db=dev-mem")
                    .contains("admin " + LocalKeycloak.ADMIN_USER);

            String environment = get(platform.baseUrl(Service.MENTORING).resolve("/env"));
            assertThat(environment.lines()).contains("QUARKUS_OIDC_AUTH_SERVER_URL=" + keycloak.realmUrl());
            assertThat(environment).doesNotContain("QUARKUS_OIDC_PUBLIC_KEY", "QUARKUS_OIDC_TOKEN_ISSUER");
            assertThat(progress())
                    .anySatisfy(line -> assertThat(line).startsWith("Keycloak: ready on " + keycloak.baseUrl()));
            assertThat(progress().indexOf("waiting for Keycloak ..."))
                    .as("Keycloak is ready before the services start")
                    .isLessThan(indexOfFirst("members-service: starting"));
        } finally {
            platform.close();
        }

        assertThat(ProcessHandle.of(keycloakPid).map(ProcessHandle::isAlive).orElse(false))
                .as("Keycloak's process is alive")
                .isFalse();
        assertThat(progress()).contains("stopping Keycloak");
        assertNothingLeft();
    }

    @Test
    void shouldShowKeycloaksLogWhenItDoesNotStartAndStopTheRest() throws Exception {
        fakeServices(Map.of());
        Path realm = Files.writeString(repo.resolve("realm.json"), "{}");

        assertThatThrownBy(() -> Platform.builder()
                        .repoRoot(repo)
                        .home(home)
                        .keycloak(fakeKeycloak("exit"))
                        .realmFile(realm)
                        .progress(progress::add)
                        .start())
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("Keycloak exited with code 3 before it was ready")
                .hasMessageContaining(home.resolve("logs/keycloak.log").toString())
                .hasMessageContaining("Failed to start server");

        assertThat(progress()).contains("stopping Kafka", "stopping PostgreSQL");
        assertThat(progress()).noneSatisfy(line -> assertThat(line).contains("members-service: starting"));
        assertNothingLeft();
    }

    @Test
    void shouldSayWhereKeycloakComesFrom() throws Exception {
        fakeServices(Map.of());

        assertThatThrownBy(() -> Platform.builder()
                        .repoRoot(repo)
                        .home(home)
                        .keycloak(home.resolve("keycloak/keycloak-" + LocalKeycloak.VERSION))
                        .progress(progress::add)
                        .start())
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("no Keycloak in")
                .hasMessageContaining("org.keycloak:keycloak-quarkus-dist:" + LocalKeycloak.VERSION + ":tar.gz")
                .hasMessageContaining("./guildhall up --keycloak");
        assertThat(progress()).isEmpty();
    }

    @Test
    void shouldRunReplicasOnFreePortsWithTheirOwnLogsAndTheEnvironmentOfTheFirstInstance() throws Exception {
        fakeServices(Map.of());
        List<Long> pids = new ArrayList<>();
        Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(home)
                .progress(progress::add)
                .start();
        try {
            List<RunningService> first = platform.processes();

            List<RunningService> replicas = platform.startReplicas(List.of(Service.EVENTS, Service.NOTIFICATIONS));
            RunningService third = platform.startReplica(Service.EVENTS);

            assertThat(replicas)
                    .extracting(RunningService::service)
                    .containsExactly(Service.EVENTS, Service.NOTIFICATIONS);
            RunningService events = replicas.get(0);
            assertThat(events.logFile()).isEqualTo(home.resolve("logs/events-service-2.log"));
            assertThat(replicas.get(1).logFile()).isEqualTo(home.resolve("logs/notifications-service-2.log"));
            assertThat(third.logFile()).isEqualTo(home.resolve("logs/events-service-3.log"));
            assertThat(Files.readString(events.logFile())).contains("listening on " + events.port());
            assertThat(List.of(
                            events.port(),
                            third.port(),
                            platform.baseUrl(Service.EVENTS).getPort()))
                    .doesNotHaveDuplicates();
            assertThat(environmentBesidesThePort(events.baseUrl()))
                    .isEqualTo(environmentBesidesThePort(platform.baseUrl(Service.EVENTS)))
                    .contains("KAFKA_BOOTSTRAP_SERVERS=" + platform.kafka().bootstrapServers());
            assertThat(get(events.baseUrl().resolve("/env")).lines()).contains("QUARKUS_HTTP_PORT=" + events.port());
            assertThat(environmentBesidesThePort(replicas.get(1).baseUrl()))
                    .isEqualTo(environmentBesidesThePort(platform.baseUrl(Service.NOTIFICATIONS)))
                    .contains("QUARKUS_MAILER_PORT=" + platform.mail().smtpPort());
            assertThat(platform.replicas()).containsExactly(events, replicas.get(1), third);
            assertThat(platform.processes()).as("the first instances").isEqualTo(first);
            assertThat(progress()).contains("waiting for events-service-2, notifications-service-2 ...");
            for (RunningService replica : platform.replicas()) {
                pids.add(replica.pid());
                pids.add(childPid(replica.logFile()));
            }
        } finally {
            platform.close();
        }

        assertThat(pids).hasSize(6).allSatisfy(pid -> assertThat(isAlive(pid))
                .as("process %d is alive", pid)
                .isFalse());
        assertThat(platform.replicas()).isEmpty();
        assertNothingLeft();
    }

    @Test
    void shouldKillAReplicaAtOnceWithItsChildrenAndLeaveTheRestRunning() throws Exception {
        // stubborn ignores SIGTERM for ten minutes: only SIGKILL ends it before the stop grace
        fakeServices(Map.of(Service.EVENTS, "stubborn"));
        try (Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(home)
                .stopGrace(Duration.ofMinutes(5))
                .progress(progress::add)
                .start()) {
            RunningService replica = platform.startReplica(Service.EVENTS);
            long child = childPid(replica.logFile());
            long startedKilling = System.nanoTime();

            platform.kill(replica);

            assertThat(Duration.ofNanos(System.nanoTime() - startedKilling)).isLessThan(Duration.ofMinutes(1));
            assertThat(isAlive(replica.pid())).as("the replica is alive").isFalse();
            assertThat(isAlive(child)).as("the replica's child is alive").isFalse();
            assertThat(platform.replicas()).isEmpty();
            assertThat(progress()).contains("killing events-service-2 (pid " + replica.pid() + ")");
            assertThat(get(platform.baseUrl(Service.EVENTS).resolve("/q/health/ready")))
                    .as("the first instance still answers")
                    .isEqualTo("{}");
            assertThatThrownBy(() -> platform.kill(replica))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not running in this platform");

            // the first instance is stubborn too: killed, it does not hold up close() for the stop grace
            platform.kill(platform.processes().get(Service.EVENTS.ordinal()));
        }
        assertNothingLeft();
    }

    @Test
    void shouldSayAServiceIsNotRunningOnceItsFirstInstanceIsKilledAndStopAReplicaGracefully() throws Exception {
        fakeServices(Map.of());
        try (Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(home)
                .progress(progress::add)
                .start()) {
            RunningService first = platform.processes().get(Service.MENTORING.ordinal());
            RunningService replica = platform.startReplica(Service.MENTORING);

            platform.kill(first);

            assertThat(isAlive(first.pid())).isFalse();
            assertThat(platform.processes()).extracting(RunningService::service).doesNotContain(Service.MENTORING);
            assertThatThrownBy(() -> platform.baseUrl(Service.MENTORING))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("mentoring-service is not running");
            assertThat(get(replica.baseUrl().resolve("/q/health/ready"))).isEqualTo("{}");

            platform.stop(replica);

            assertThat(isAlive(replica.pid())).isFalse();
            assertThat(platform.replicas()).isEmpty();
            assertThat(progress()).contains("stopping mentoring-service-2").noneSatisfy(line -> assertThat(line)
                    .contains("was killed"));
        }
        assertNothingLeft();
    }

    @Test
    void shouldStopAReplicaThatIsNeverReadyAndKeepThePlatformRunning() throws Exception {
        fakeServices(Map.of());
        try (Platform platform = Platform.builder()
                .repoRoot(repo)
                .home(home)
                .readinessTimeout(Duration.ofSeconds(10))
                .start()) {
            Files.writeString(Service.EVENTS.jar(repo).resolveSibling("fake-mode"), "never-ready");

            assertThatThrownBy(() -> platform.startReplica(Service.EVENTS))
                    .isInstanceOf(PlatformException.class)
                    .hasMessageStartingWith("events-service-2 not ready within 10 s")
                    .hasMessageContaining(
                            home.resolve("logs/events-service-2.log").toString())
                    .hasMessageContaining("starting in mode never-ready");

            Path log = home.resolve("logs/events-service-2.log");
            assertThat(isAlive(number(log, "fake service pid (\\d+)"))).isFalse();
            assertThat(isAlive(childPid(log))).isFalse();
            assertThat(platform.replicas()).isEmpty();
            assertThat(get(platform.baseUrl(Service.EVENTS).resolve("/q/health/ready")))
                    .isEqualTo("{}");
        }
        assertNothingLeft();
    }

    @Test
    void shouldRefuseAReplicaBeforeThePlatformRuns() throws Exception {
        fakeServices(Map.of());
        try (Platform platform = Platform.builder().repoRoot(repo).home(home).build()) {
            assertThatThrownBy(() -> platform.startReplica(Service.EVENTS))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the platform is not running");
        }
    }

    /** What a fake service was told, less its own port. */
    private static List<String> environmentBesidesThePort(URI service) throws Exception {
        return get(service.resolve("/env"))
                .lines()
                .filter(line -> !line.startsWith("QUARKUS_HTTP_PORT="))
                .toList();
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private int indexOfFirst(String prefix) {
        List<String> lines = progress();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no progress line starts with " + prefix + ": " + lines);
    }

    /**
     * A Keycloak distribution whose {@code bin/kc.sh} runs {@link FakeKeycloak} in {@code mode}, as the real one runs
     * Keycloak: with {@code exec}, on {@code $JAVA_HOME}'s Java.
     */
    private Path fakeKeycloak(String mode) throws Exception {
        Path classes = Path.of(FakeKeycloak.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path distribution = repo.resolve("keycloak-fake");
        Path script = distribution.resolve("bin/kc.sh");
        Files.createDirectories(script.getParent());
        Files.writeString(
                script,
                String.join(
                        "\n",
                        "#!/usr/bin/env bash",
                        "cd \"$(dirname \"$0\")/..\"",
                        "echo \"kc.sh $*\"",
                        "exec \"$JAVA_HOME/bin/java\" -cp '" + classes + "' -Dkc.home.dir=\"$PWD\" "
                                + FakeKeycloak.class.getName() + " \"$@\"",
                        ""));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(distribution.resolve("fake-mode"), mode);
        return distribution;
    }

    /** Packs {@link FakeService} as every service's jar, in mode {@code ok} unless {@code modes} says otherwise. */
    private void fakeServices(Map<Service, String> modes) throws Exception {
        Path classes = Path.of(FakeService.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path packageDirectory = classes.resolve("org/guildhall/local");
        List<Path> classFiles;
        try (Stream<Path> files = Files.list(packageDirectory)) {
            classFiles = files.filter(file -> file.getFileName().toString().startsWith("FakeService"))
                    .toList();
        }
        Map<Service, String> allModes = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            allModes.put(service, modes.getOrDefault(service, "ok"));
        }
        for (Map.Entry<Service, String> entry : allModes.entrySet()) {
            Path jar = entry.getKey().jar(repo);
            Files.createDirectories(jar.getParent());
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
            try (OutputStream file = Files.newOutputStream(jar);
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (Path classFile : classFiles) {
                    out.putNextEntry(new JarEntry("org/guildhall/local/" + classFile.getFileName()));
                    out.write(Files.readAllBytes(classFile));
                    out.closeEntry();
                }
            }
            Files.writeString(jar.resolveSibling("fake-mode"), entry.getValue());
        }
    }

    /**
     * No process that a fake service logged (itself, its child) lives, and this JVM has no child left. A killed
     * grandchild is reaped by init a moment after its parent is gone, so this allows a few seconds for that on a busy
     * machine; nothing that still runs passes.
     */
    private void assertNothingLeft() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(this::assertNothingLeftNow);
    }

    private void assertNothingLeftNow() throws IOException {
        List<Path> logs;
        try (Stream<Path> files =
                Files.exists(home.resolve("logs")) ? Files.list(home.resolve("logs")) : Stream.empty()) {
            // the services' logs and their replicas' (events-service-2.log)
            logs = files.filter(file -> file.getFileName().toString().contains("-service"))
                    .toList();
        }
        for (Path log : logs) {
            String text = Files.readString(log);
            Matcher pids = Pattern.compile("pid (\\d+)").matcher(text);
            while (pids.find()) {
                long pid = Long.parseLong(pids.group(1));
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                        .as("%s logged process %d, still alive", log.getFileName(), pid)
                        .isFalse();
            }
        }
        assertThat(ProcessHandle.current()
                        .descendants()
                        .map(p -> p.info().commandLine().orElse("?")))
                .isEmpty();
    }

    private static long childPid(Path log) throws IOException {
        return number(log, "child pid (\\d+)");
    }

    private static long number(Path log, String regex) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(log));
        assertThat(matcher.find()).as("%s in %s", regex, log).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String get(URI uri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
