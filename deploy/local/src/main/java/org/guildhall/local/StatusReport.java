package org.guildhall.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guildhall.testkit.Postgres;

/**
 * What {@code ./guildhall status} finds: a row per service plus PostgreSQL and Kafka; a service that the launcher
 * restarted after a crash says how often and when last.
 */
final class StatusReport {

    /** How the report looks at the machine; tests substitute their own. */
    interface Probe {
        boolean isAlive(long pid);

        /** Whether {@code GET <baseUrl>/q/health/ready} answers 200. */
        boolean isReady(URI baseUrl);

        boolean postgresAnswers(int port);

        boolean kafkaAnswers(int port);
    }

    record Row(String component, String state, String pid, String address, String log, boolean up) {}

    private final List<Row> rows;

    private StatusReport(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Looks at what the run file names, or, without one, at the local default ports (something may run there that
     * this launcher did not start).
     */
    static StatusReport of(Optional<RunFile> runFile, Path home, Probe probe) {
        List<Row> rows = new ArrayList<>();
        for (Service service : Service.values()) {
            Optional<RunFile.Entry> entry = runFile.flatMap(file -> file.service(service.serviceName()));
            long pid = entry.map(RunFile.Entry::pid).orElse(-1L);
            int port = entry.map(RunFile.Entry::port).orElse(service.defaultPort());
            Path log = entry.map(RunFile.Entry::logFile)
                    .orElse(home.resolve("logs").resolve(service.serviceName() + ".log"));
            URI baseUrl = URI.create("http://localhost:" + port);
            boolean alive = pid > 0 && probe.isAlive(pid);
            boolean ready = probe.isReady(baseUrl);
            String state;
            if (ready) {
                state = pid > 0 && !alive ? "ready, but not the process " + pid + " that up started" : "ready";
            } else if (alive) {
                state = "running, not ready";
            } else {
                state = "not running";
            }
            int restarts = entry.map(RunFile.Entry::restarts).orElse(0);
            if (restarts > 0) {
                state += ", restarted " + (restarts == 1 ? "once" : restarts + " times") + " after a crash (last "
                        + entry.get().lastRestart() + ")";
            }
            rows.add(new Row(
                    service.serviceName(),
                    state,
                    alive ? Long.toString(pid) : "-",
                    baseUrl.toString(),
                    Machine.display(log),
                    ready));
        }
        int postgresPort = runFile.map(RunFile::postgresPort).orElse(Platform.LOCAL_POSTGRES_PORT);
        boolean postgres = probe.postgresAnswers(postgresPort);
        rows.add(new Row(
                "postgresql", postgres ? "ready" : "not running", "-", "localhost:" + postgresPort, "", postgres));
        int kafkaPort = runFile.map(RunFile::kafkaPort).orElse(Platform.LOCAL_KAFKA_PORT);
        boolean kafka = probe.kafkaAnswers(kafkaPort);
        long launcherPid = runFile.map(RunFile::launcherPid).orElse(-1L);
        boolean launcherAlive = launcherPid > 0 && probe.isAlive(launcherPid);
        rows.add(new Row(
                "kafka",
                kafka ? "accepting connections" : "not running",
                launcherAlive ? launcherPid + " (launcher)" : "-",
                "localhost:" + kafkaPort,
                "",
                kafka));
        return new StatusReport(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** Whether every service is ready and PostgreSQL and Kafka answer. */
    boolean allUp() {
        return rows.stream().allMatch(Row::up);
    }

    String render() {
        Table table = new Table("COMPONENT", "STATE", "PID", "ADDRESS", "LOG");
        for (Row row : rows) {
            table.row(row.component(), row.state(), row.pid(), row.address(), row.log());
        }
        return table.render();
    }

    /** Looks at the real processes and ports. */
    static final class MachineProbe implements Probe {
        private static final Duration TIMEOUT = Duration.ofSeconds(2);
        private final HttpClient client =
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

        @Override
        public boolean isAlive(long pid) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        @Override
        public boolean isReady(URI baseUrl) {
            return ChildProcess.isReady(client, baseUrl.resolve("/q/health/ready"));
        }

        @Override
        public boolean postgresAnswers(int port) {
            DriverManager.setLoginTimeout((int) TIMEOUT.toSeconds());
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/postgres", Postgres.USER, Postgres.PASSWORD)) {
                return connection.isValid((int) TIMEOUT.toSeconds());
            } catch (SQLException e) {
                return false;
            }
        }

        @Override
        public boolean kafkaAnswers(int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), (int) TIMEOUT.toMillis());
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
