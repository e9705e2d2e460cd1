package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusReportTest {

    private static final Path HOME = Path.of("/srv/guildhall/.guildhall");

    /** A machine on which exactly the listed pids live and the listed things answer. */
    private static final class FakeProbe implements StatusReport.Probe {
        final Set<Long> alive = new HashSet<>();
        final Set<Integer> readyPorts = new HashSet<>();
        boolean postgres;
        boolean kafka;

        @Override
        public boolean isAlive(long pid) {
            return alive.contains(pid);
        }

        @Override
        public boolean isReady(URI baseUrl) {
            return readyPorts.contains(baseUrl.getPort());
        }

        @Override
        public boolean postgresAnswers(int port) {
            return postgres && port == 25432;
        }

        @Override
        public boolean kafkaAnswers(int port) {
            return kafka && port == 29092;
        }
    }

    private static RunFile runFile() {
        return new RunFile(
                7,
                Instant.parse("2026-01-02T03:04:05Z"),
                25432,
                29092,
                List.of(
                        new RunFile.Entry("members-service", 11, 9081, HOME.resolve("logs/members-service.log")),
                        new RunFile.Entry("events-service", 12, 9082, HOME.resolve("logs/events-service.log")),
                        new RunFile.Entry("mentoring-service", 13, 9083, HOME.resolve("logs/mentoring-service.log")),
                        new RunFile.Entry(
                                "notifications-service", 14, 9084, HOME.resolve("logs/notifications-service.log"))));
    }

    @Test
    void shouldReportEverythingUpWhenEveryProcessLivesAndAnswers() {
        FakeProbe probe = new FakeProbe();
        probe.alive.addAll(List.of(7L, 11L, 12L, 13L, 14L));
        probe.readyPorts.addAll(List.of(9081, 9082, 9083, 9084));
        probe.postgres = true;
        probe.kafka = true;

        StatusReport report = StatusReport.of(Optional.of(runFile()), HOME, probe);

        assertThat(report.allUp()).isTrue();
        assertThat(report.rows())
                .extracting(StatusReport.Row::component, StatusReport.Row::state, StatusReport.Row::pid)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("members-service", "ready", "11"),
                        org.assertj.core.groups.Tuple.tuple("events-service", "ready", "12"),
                        org.assertj.core.groups.Tuple.tuple("mentoring-service", "ready", "13"),
                        org.assertj.core.groups.Tuple.tuple("notifications-service", "ready", "14"),
                        org.assertj.core.groups.Tuple.tuple("postgresql", "ready", "-"),
                        org.assertj.core.groups.Tuple.tuple("kafka", "accepting connections", "7 (launcher)"));
        assertThat(report.rows().get(0).address()).isEqualTo("http://localhost:9081");
        assertThat(report.rows().get(4).address()).isEqualTo("localhost:25432");
    }

    @Test
    void shouldTellAStartingServiceFromADeadOneAndFromAStranger() {
        FakeProbe probe = new FakeProbe();
        probe.alive.addAll(List.of(7L, 11L, 13L));
        probe.readyPorts.addAll(List.of(9081, 9082, 9084));
        probe.postgres = true;

        StatusReport report = StatusReport.of(Optional.of(runFile()), HOME, probe);

        assertThat(report.allUp()).isFalse();
        assertThat(report.rows())
                .extracting(StatusReport.Row::state)
                .containsExactly(
                        "ready",
                        "ready, but not the process 12 that up started",
                        "running, not ready",
                        "ready, but not the process 14 that up started",
                        "ready",
                        "not running");
        assertThat(report.rows().get(1).pid()).isEqualTo("-");
    }

    @Test
    void shouldSayHowOftenTheLauncherRestartedAServiceAfterACrash() {
        FakeProbe probe = new FakeProbe();
        probe.alive.addAll(List.of(7L, 21L, 12L));
        probe.readyPorts.addAll(List.of(9081, 9082));
        RunFile restarted = new RunFile(
                7,
                Instant.parse("2026-01-02T03:04:05Z"),
                25432,
                29092,
                List.of(
                        new RunFile.Entry(
                                "members-service",
                                21,
                                9081,
                                HOME.resolve("logs/members-service.log"),
                                3,
                                Instant.parse("2026-01-02T04:00:00Z")),
                        new RunFile.Entry(
                                "events-service",
                                12,
                                9082,
                                HOME.resolve("logs/events-service.log"),
                                1,
                                Instant.parse("2026-01-02T03:30:00Z"))));

        StatusReport report = StatusReport.of(Optional.of(restarted), HOME, probe);

        assertThat(report.rows())
                .extracting(StatusReport.Row::state)
                .startsWith(
                        "ready, restarted 3 times after a crash (last 2026-01-02T04:00:00Z)",
                        "ready, restarted once after a crash (last 2026-01-02T03:30:00Z)",
                        "not running");
        assertThat(report.rows().get(0).pid()).isEqualTo("21");
    }

    @Test
    void shouldLookAtTheLocalPortsWithoutARunFile() {
        FakeProbe probe = new FakeProbe();
        probe.readyPorts.add(8082);

        StatusReport report = StatusReport.of(Optional.empty(), HOME, probe);

        assertThat(report.rows())
                .extracting(StatusReport.Row::component, StatusReport.Row::state, StatusReport.Row::address)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("members-service", "not running", "http://localhost:8081"),
                        org.assertj.core.groups.Tuple.tuple("events-service", "ready", "http://localhost:8082"),
                        org.assertj.core.groups.Tuple.tuple(
                                "mentoring-service", "not running", "http://localhost:8083"),
                        org.assertj.core.groups.Tuple.tuple(
                                "notifications-service", "not running", "http://localhost:8084"),
                        org.assertj.core.groups.Tuple.tuple("postgresql", "not running", "localhost:15432"),
                        org.assertj.core.groups.Tuple.tuple("kafka", "not running", "localhost:19092"));
        assertThat(report.rows().get(0).log()).isEqualTo("/srv/guildhall/.guildhall/logs/members-service.log");
    }

    @Test
    void shouldRenderOneAlignedLinePerComponent() {
        FakeProbe probe = new FakeProbe();
        probe.alive.add(11L);
        probe.readyPorts.add(9081);

        List<String> lines = StatusReport.of(Optional.of(runFile()), HOME, probe)
                .render()
                .lines()
                .toList();

        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("COMPONENT              STATE");
        assertThat(lines.get(1))
                .startsWith("members-service        ready ")
                .contains("  11  ")
                .endsWith("http://localhost:9081  /srv/guildhall/.guildhall/logs/members-service.log");
        assertThat(lines.get(6)).startsWith("kafka                  not running");
    }
}
