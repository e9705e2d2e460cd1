package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watchdog process, fed as the platform feeds it; its owner's death is its input ending without a goodbye. */
class WatchdogTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void shouldStopWhatItWatchesWhenItsOwnerIsGoneButNotAStrangerWithTheSamePidNorWhatItWasToldToForget()
            throws Exception {
        Process ours = sleeper();
        Process stranger = sleeper();
        Process forgotten = sleeper();
        Process stubborn = stubbornSleeper();
        Path log = home.resolve("watchdog.log");
        Process watchdog = new ProcessBuilder(
                        java(), "-cp", classes().toString(), Watchdog.class.getName(), "4242", "500")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        started.add(watchdog);
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(log).contains("watching"));

        try (Writer pipe = new java.io.OutputStreamWriter(watchdog.getOutputStream(), StandardCharsets.UTF_8)) {
            pipe.write(owned("members-service", ours).line() + "\n");
            // the pid of a process that started an hour before this one: not the process the platform started
            pipe.write(
                    new OwnedProcess(
                                            "events-service",
                                            stranger.pid(),
                                            Instant.now().minusSeconds(3600),
                                            false)
                                    .line() + "\n");
            pipe.write(owned("mentoring-service", forgotten).line() + "\n");
            pipe.write(owned("postgresql", stubborn).line() + "\n");
            pipe.write(Watchdog.FORGET + forgotten.pid() + "\n");
            pipe.flush();
            // Ctrl-C in the launcher's terminal reaches the watchdog too: it must outlive a launcher that it ends
            new ProcessBuilder("kill", "-INT", Long.toString(watchdog.pid()))
                    .start()
                    .waitFor();
            await().during(Duration.ofMillis(500))
                    .atMost(Duration.ofSeconds(10))
                    .until(watchdog::isAlive);
        } // the pipe closes as if its owner had been killed

        await().atMost(Duration.ofSeconds(30)).until(() -> !watchdog.isAlive());
        assertThat(ours.isAlive()).as("the watched process is alive").isFalse();
        assertThat(stubborn.isAlive())
                .as("the process that ignores SIGTERM is alive")
                .isFalse();
        assertThat(stranger.isAlive()).as("the stranger is alive").isTrue();
        assertThat(forgotten.isAlive()).as("the forgotten process is alive").isTrue();
        assertThat(Files.readString(log))
                .contains("the process 4242 that started the platform is gone")
                .contains("stopping members-service (pid " + ours.pid() + ")")
                .contains("stopping postgresql (pid " + stubborn.pid() + ")")
                .doesNotContain("events-service", "mentoring-service");
        assertThat(Files.readString(log).indexOf("stopping members-service"))
                .as("the services stop before PostgreSQL")
                .isLessThan(Files.readString(log).indexOf("stopping postgresql"));
    }

    @Test
    void shouldLeaveEverythingAloneWhenThePlatformSaysGoodbye() throws Exception {
        Process sleeper = sleeper();
        List<String> progress = new ArrayList<>();
        Watchdog watchdog = Watchdog.start(Duration.ofSeconds(1), home.resolve("logs/watchdog.log"), progress::add);
        long watchdogPid = watchdog.pid().orElseThrow();

        watchdog.watch(owned("members-service", sleeper));
        assertThat(watchdog.watched()).extracting(OwnedProcess::pid).containsExactly(sleeper.pid());
        watchdog.close();

        assertThat(ProcessHandle.of(watchdogPid).map(ProcessHandle::isAlive).orElse(false))
                .as("the watchdog is alive")
                .isFalse();
        assertThat(sleeper.isAlive()).isTrue();
        assertThat(watchdog.watched()).isEmpty();
        assertThat(progress).isEmpty();
    }

    private static OwnedProcess owned(String name, Process process) {
        return OwnedProcess.of(name, process.pid(), name.equals("postgresql")).orElseThrow();
    }

    private Process sleeper() throws Exception {
        Process process = new ProcessBuilder("sleep", "600").start();
        started.add(process);
        return process;
    }

    /** A process that ignores SIGTERM, as a service that hangs in its shutdown would. */
    private Process stubbornSleeper() throws Exception {
        Process process = new ProcessBuilder("bash", "-c", "trap '' TERM; while true; do sleep 0.2; done").start();
        started.add(process);
        return process;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path classes() throws Exception {
        return Path.of(Watchdog.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }
}
