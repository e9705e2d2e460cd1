package org.guildhall.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A process the platform started and must not leave behind: a service, Keycloak, PostgreSQL's postmaster. It is named
 * by its pid and its start, because a pid alone is reused once the process is gone: only a process with both is ours
 * to stop. {@code stopLast} marks PostgreSQL, which is stopped after the services that use it.
 */
public record OwnedProcess(String name, long pid, Instant processStart, boolean stopLast) {

    /** Two readings of one process's start differ by the clock's tick at most; a reused pid starts much later. */
    private static final Duration SAME_START = Duration.ofSeconds(1);

    /** The process with pid {@code pid} as it runs now; empty when it does not run. */
    static Optional<OwnedProcess> of(String name, long pid, boolean stopLast) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(handle ->
                        new OwnedProcess(name, pid, handle.info().startInstant().orElse(null), stopLast));
    }

    /**
     * PostgreSQL's postmaster, from the first line of {@code postmaster.pid} in its data directory: Zonky starts it
     * through {@code pg_ctl}, so it is no child of this JVM. (No testkit type here: the watchdog runs on this module's
     * classes alone.)
     */
    static Optional<OwnedProcess> postmaster(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                ResultSet directory = connection.createStatement().executeQuery("show data_directory")) {
            directory.next();
            Path pidFile = Path.of(directory.getString(1)).resolve("postmaster.pid");
            long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII)
                    .get(0)
                    .trim());
            return of("postgresql", pid, true);
        } catch (SQLException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The process, if it still runs and is the one that was started (the same pid, started at the same time). */
    public Optional<ProcessHandle> find() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::startedAsRecorded);
    }

    private boolean startedAsRecorded(ProcessHandle handle) {
        if (processStart == null) {
            return true; // this machine does not say when a process started: the pid is all there is
        }
        return handle.info()
                .startInstant()
                .map(start -> Duration.between(start, processStart).abs().compareTo(SAME_START) < 0)
                .orElse(false);
    }

    /**
     * Stops those of {@code processes} that still run as recorded, with their descendants: all but the {@code stopLast}
     * ones together, then those (SIGTERM, then SIGKILL after {@code grace}). Tells {@code progress} what it does, and
     * returns the names of what it found running.
     */
    static List<String> stopAll(List<OwnedProcess> processes, Duration grace, Consumer<String> progress) {
        List<String> found = new ArrayList<>();
        for (boolean last : new boolean[] {false, true}) {
            List<ProcessHandle> handles = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (OwnedProcess process : processes) {
                if (process.stopLast() != last) {
                    continue;
                }
                process.find().ifPresent(handle -> {
                    handles.addAll(ChildProcess.withDescendants(handle));
                    names.add(process.name() + " (pid " + process.pid() + ")");
                });
            }
            if (names.isEmpty()) {
                continue;
            }
            found.addAll(names);
            progress.accept("stopping " + String.join(", ", names));
            List<ProcessHandle> killed = ChildProcess.terminate(handles, grace);
            if (!killed.isEmpty()) {
                progress.accept(
                        killed.size() + " process(es) did not stop within " + grace.toSeconds() + " s and were killed");
            }
        }
        return found;
    }

    /** One line of the watchdog's input: {@code <pid> <start in epoch ms, or -> <first|last> <name>}. */
    String line() {
        return pid + " " + (processStart == null ? "-" : Long.toString(processStart.toEpochMilli())) + " "
                + (stopLast ? "last" : "first") + " " + name;
    }

    static OwnedProcess parse(String line) {
        String[] parts = line.split(" ", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a watched process: " + line);
        }
        return new OwnedProcess(
                parts[3],
                Long.parseLong(parts[0]),
                parts[1].equals("-") ? null : Instant.ofEpochMilli(Long.parseLong(parts[1])),
                parts[2].equals("last"));
    }
}
