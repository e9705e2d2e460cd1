package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileTest {

    @TempDir
    Path home;

    @Test
    void shouldReadBackWhatItWrote() {
        RunFile written = new RunFile(
                42,
                Instant.parse("2026-01-02T03:04:05Z"),
                15432,
                19092,
                List.of(
                        new RunFile.Entry("members-service", 101, 8081, home.resolve("logs/members-service.log")),
                        new RunFile.Entry("events-service", 102, 8082, home.resolve("logs/events-service.log"))));

        written.write(RunFile.in(home));

        assertThat(RunFile.read(RunFile.in(home))).contains(written);
        assertThat(written.service("events-service")).map(RunFile.Entry::pid).contains(102L);
        assertThat(written.service("mentoring-service")).isEmpty();
    }

    @Test
    void shouldKeepTheProcessStartsAndRestartsThatTellOurProcessesFromStrangers() {
        RunFile written = new RunFile(
                42,
                Instant.parse("2026-01-02T03:04:05Z"),
                15432,
                19092,
                List.of(new RunFile.Entry(
                        "members-service",
                        101,
                        8081,
                        home.resolve("logs/members-service.log"),
                        2,
                        Instant.parse("2026-01-02T05:00:00Z"))),
                Instant.parse("2026-01-02T03:04:01.120Z"),
                List.of(
                        new OwnedProcess("members-service", 101, Instant.parse("2026-01-02T05:00:00.250Z"), false),
                        new OwnedProcess("keycloak", 103, null, false),
                        new OwnedProcess("postgresql", 102, Instant.parse("2026-01-02T03:04:02.500Z"), true)));

        written.write(RunFile.in(home));

        assertThat(RunFile.read(RunFile.in(home))).contains(written);
        assertThat(written.launcher())
                .isEqualTo(new OwnedProcess("launcher", 42, Instant.parse("2026-01-02T03:04:01.120Z"), false));
    }

    @Test
    void shouldReadTheRunFileOfAnOlderLauncher() throws Exception {
        Files.writeString(
                RunFile.in(home),
                String.join(
                        "\n",
                        "launcher.pid=42",
                        "started=2026-01-02T03\\:04\\:05Z",
                        "postgres.port=15432",
                        "kafka.port=19092",
                        "service.members-service.pid=101",
                        "service.members-service.port=8081",
                        "service.members-service.log=/tmp/members-service.log",
                        ""));

        RunFile read = RunFile.read(RunFile.in(home)).orElseThrow();

        assertThat(read.services())
                .containsExactly(new RunFile.Entry("members-service", 101, 8081, Path.of("/tmp/members-service.log")));
        assertThat(read.launcherStart()).isNull();
        assertThat(read.owned()).isEmpty();
    }

    @Test
    void shouldBeEmptyWhenNothingRuns() {
        assertThat(RunFile.read(RunFile.in(home))).isEmpty();
    }

    @Test
    void shouldSayWhatToDoWithAnUnreadableFile() throws Exception {
        Files.writeString(RunFile.in(home), "launcher.pid=not a number\n");

        assertThatThrownBy(() -> RunFile.read(RunFile.in(home)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unreadable " + RunFile.in(home))
                .hasMessageContaining("delete it");
    }
}
