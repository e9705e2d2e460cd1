package org.guildhall.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.guildhall.local.OwnedProcess;
import org.guildhall.local.Platform;
import org.guildhall.local.RunFile;
import org.guildhall.local.Service;
import org.guildhall.testkit.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher as {@code ./guildhall} runs it (its own JVM, the packaged services, data kept in its home), on ports of
 * its own ({@code guildhall.port.offset}) so that it cannot meet a platform someone runs on this machine. Killed with
 * SIGKILL, it leaves nothing running; killed together with its watchdog, the next {@code up} reclaims what it left
 * instead of refusing with "ports already in use"; {@code down} from another process stops it.
 */
class LauncherCrashIT {

    private static final Duration UP_WITHIN = Duration.ofMinutes(4);
    private static final Duration GONE_WITHIN = Duration.ofSeconds(90);

    private final Path repo =
            Path.of(System.getProperty("guildhall.repo", "..")).toAbsolutePath().normalize();
    private final List<Process> launchers = new ArrayList<>();
    private final Map<Process, Path> outputOf = new HashMap<>();
    private Path work;
    private Path home;
    private int portOffset;
    private int outputs;

    @BeforeEach
    void newHomeAndFreePorts() throws IOException {
        Path target = Path.of(System.getProperty("guildhall.work", "target"));
        Files.createDirectories(target);
        work = Files.createTempDirectory(target.toAbsolutePath(), "launcher-crash-");
        home = work.resolve("home");
        // below the ephemeral range (32768 and up), so that no outgoing connection takes one in the meantime
        portOffset = IntStream.iterate(10_000, offset -> offset <= 13_600, offset -> offset + 100)
                .filter(LauncherCrashIT::allFree)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no free set of ports for the launcher"));
    }

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        if (launchers.stream().anyMatch(Process::isAlive) || Files.exists(RunFile.in(home))) {
            run("down", "--timeout", "30");
        }
        launchers.forEach(Process::destroyForcibly);
    }

    @Test
    void shouldLeaveNothingRunningWhenTheLauncherIsKilledAndComeUpAgain() throws Exception {
        Process first = up();
        RunFile firstRun = runFile();
        assertThat(firstRun.owned())
                .extracting(OwnedProcess::name)
                .containsExactly(
                        "postgresql",
                        "members-service",
                        "events-service",
                        "mentoring-service",
                        "notifications-service");
        assertThat(postgresSetting(firstRun.postgresPort(), "synchronous_commit"))
                .as("the kept data is written durably")
                .isEqualTo("on");

        first.destroyForcibly(); // SIGKILL: no shutdown hook runs

        await().atMost(GONE_WITHIN)
                .untilAsserted(() -> assertThat(firstRun.owned()).allSatisfy(process -> assertThat(process.find())
                        .as("%s (pid %d) runs", process.name(), process.pid())
                        .isEmpty()));
        await().atMost(Duration.ofSeconds(30)).until(() -> allFree(portOffset));

        Process second = up();
        assertThat(output(second)).doesNotContain("already in use");
        RunFile secondRun = runFile();
        ProcessHandle watchdog = ProcessHandle.of(second.pid())
                .orElseThrow()
                .children()
                .filter(child -> child.info()
                        .commandLine()
                        .map(line -> line.contains("org.guildhall.local.Watchdog"))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the launcher runs no watchdog"));

        // the launcher and its watchdog both killed: the services and PostgreSQL run on as orphans
        watchdog.destroyForcibly();
        second.destroyForcibly();
        second.waitFor(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> !watchdog.isAlive());
        assertThat(secondRun.owned()).allSatisfy(process -> assertThat(process.find())
                .as("%s (pid %d) runs", process.name(), process.pid())
                .isPresent());
        assertThat(run("status")).contains("launcher pid " + second.pid() + ", which is gone");

        Process third = up();

        assertThat(output(third))
                .contains("the launcher (pid " + second.pid() + ")")
                .contains("reclaiming them")
                .doesNotContain("already in use");
        assertThat(secondRun.owned()).allSatisfy(process -> assertThat(process.find())
                .as("%s (pid %d) runs", process.name(), process.pid())
                .isEmpty());
        RunFile thirdRun = runFile();

        assertThat(run("down")).contains("stopping the launcher (pid " + third.pid() + ")");

        assertThat(third.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(output(third)).contains("Guildhall: stopped");
        assertThat(thirdRun.owned()).allSatisfy(process -> assertThat(process.find())
                .as("%s (pid %d) runs", process.name(), process.pid())
                .isEmpty());
        assertThat(RunFile.in(home)).doesNotExist();
    }

    /** Starts {@code up} and returns once it says that Guildhall is up. */
    private Process up() throws Exception {
        Path output = work.resolve("up-" + ++outputs + ".out");
        Process launcher = launcher("up").redirectOutput(output.toFile()).start();
        launchers.add(launcher);
        outputOf.put(launcher, output);
        await().atMost(UP_WITHIN).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String text = Files.readString(output);
            if (!launcher.isAlive() && !text.contains("Guildhall is up")) {
                throw new AssertionError("up ended with code " + launcher.exitValue() + ":\n" + text);
            }
            return text.contains("Guildhall is up");
        });
        return launcher;
    }

    /** Runs a command of the launcher to its end and returns what it printed. */
    private String run(String... command) throws Exception {
        Path output = work.resolve(command[0] + "-" + ++outputs + ".out");
        Process process = launcher(command).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES))
                .as("./guildhall %s ended", String.join(" ", command))
                .isTrue();
        return Files.readString(output);
    }

    private String output(Process launcher) throws IOException {
        return Files.readString(outputOf.get(launcher));
    }

    /** The launcher's JVM as {@code ./guildhall} starts it. */
    private ProcessBuilder launcher(String... command) {
        Path local = repo.resolve("deploy/local/target");
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-Dguildhall.repo=" + repo,
                "-Dguildhall.home=" + home,
                "-Dguildhall.port.offset=" + portOffset,
                "-cp",
                local.resolve("classes") + ":" + local.resolve("lib") + "/*",
                "org.guildhall.local.Launcher"));
        line.addAll(List.of(command));
        return new ProcessBuilder(line).redirectErrorStream(true);
    }

    private RunFile runFile() {
        Optional<RunFile> runFile = RunFile.read(RunFile.in(home));
        assertThat(runFile).as("the run file").isPresent();
        return runFile.get();
    }

    private static String postgresSetting(int port, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/members", Postgres.USER, Postgres.PASSWORD);
                ResultSet value = connection.createStatement().executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static boolean allFree(int offset) {
        List<Integer> ports = new ArrayList<>(List.of(
                Platform.LOCAL_POSTGRES_PORT,
                Platform.LOCAL_KAFKA_PORT,
                Platform.LOCAL_SMTP_PORT,
                Platform.LOCAL_IMAP_PORT,
                Platform.LOCAL_POP3_PORT,
                Platform.LOCAL_KEYCLOAK_PORT));
        for (Service service : Service.values()) {
            ports.add(service.defaultPort());
        }
        return ports.stream().allMatch(port -> isFree(port + offset));
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
