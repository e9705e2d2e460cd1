package org.guildhall.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code ./guildhall up} is running, written to {@code .guildhall/run.properties} when it starts, again once
 * everything is ready and after each restart of a service, and removed when it stops: so that {@code ./guildhall
 * status} can look at the right processes and ports, {@code ./guildhall down} can stop the launcher, and the next
 * {@code up} can reclaim what a launcher that was killed left running ({@link PreviousRun}).
 *
 * <p>{@code launcherStart} and the start of each of the {@code owned} processes tell them from a later process that
 * got the same pid; a run file of an older launcher has neither.
 */
public record RunFile(
        long launcherPid,
        Instant startedAt,
        int postgresPort,
        int kafkaPort,
        List<Entry> services,
        Instant launcherStart,
        List<OwnedProcess> owned) {

    public static final String FILE_NAME = "run.properties";

    /** One service process, and how often the launcher restarted it after a crash. */
    public record Entry(String name, long pid, int port, Path logFile, int restarts, Instant lastRestart) {
        public Entry(String name, long pid, int port, Path logFile) {
            this(name, pid, port, logFile, 0, null);
        }
    }

    public RunFile {
        services = List.copyOf(services);
        owned = List.copyOf(owned);
    }

    /** A run file without process starts, as older launchers wrote it. */
    public RunFile(long launcherPid, Instant startedAt, int postgresPort, int kafkaPort, List<Entry> services) {
        this(launcherPid, startedAt, postgresPort, kafkaPort, services, null, List.of());
    }

    /** What a launcher writes as it starts: itself, and the ports it is about to use. */
    public static RunFile starting(Instant startedAt, int postgresPort, int kafkaPort) {
        ProcessHandle launcher = ProcessHandle.current();
        return new RunFile(
                launcher.pid(),
                startedAt,
                postgresPort,
                kafkaPort,
                List.of(),
                launcher.info().startInstant().orElse(null),
                List.of());
    }

    /** What a launcher writes once {@code platform} is ready, and after each restart. */
    public static RunFile of(long launcherPid, Instant startedAt, Platform platform) {
        List<Entry> entries = new ArrayList<>();
        for (RunningService service : platform.processes()) {
            Supervisor.Restarts restarts = platform.restarts(service.service());
            entries.add(new Entry(
                    service.name(),
                    service.pid(),
                    service.port(),
                    service.logFile(),
                    restarts.count(),
                    restarts.last()));
        }
        return new RunFile(
                launcherPid,
                startedAt,
                platform.postgres().port(),
                Integer.parseInt(platform.kafka()
                        .bootstrapServers()
                        .substring(platform.kafka().bootstrapServers().lastIndexOf(':') + 1)),
                entries,
                ProcessHandle.of(launcherPid)
                        .flatMap(launcher -> launcher.info().startInstant())
                        .orElse(null),
                platform.ownedProcesses());
    }

    /** The launcher, as a process to find (it runs) or to stop. */
    public OwnedProcess launcher() {
        return new OwnedProcess("launcher", launcherPid, launcherStart, false);
    }

    public static Path in(Path home) {
        return home.resolve(FILE_NAME);
    }

    public void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("launcher.pid", Long.toString(launcherPid));
        properties.setProperty("started", startedAt.toString());
        properties.setProperty("postgres.port", Integer.toString(postgresPort));
        properties.setProperty("kafka.port", Integer.toString(kafkaPort));
        if (launcherStart != null) {
            properties.setProperty("launcher.start", launcherStart.toString());
        }
        for (Entry entry : services) {
            String prefix = "service." + entry.name() + ".";
            properties.setProperty(prefix + "pid", Long.toString(entry.pid()));
            properties.setProperty(prefix + "port", Integer.toString(entry.port()));
            properties.setProperty(prefix + "log", entry.logFile().toString());
            properties.setProperty(prefix + "restarts", Integer.toString(entry.restarts()));
            if (entry.lastRestart() != null) {
                properties.setProperty(
                        prefix + "last-restart", entry.lastRestart().toString());
            }
        }
        for (int i = 0; i < owned.size(); i++) {
            properties.setProperty("owned." + (i + 1), owned.get(i).line());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "written by ./guildhall up; removed when it stops");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** The run file, or empty when there is none (nothing was started, or it stopped). */
    public static Optional<RunFile> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (Service service : Service.values()) {
                String prefix = "service." + service.serviceName() + ".";
                if (properties.containsKey(prefix + "pid")) {
                    entries.add(new Entry(
                            service.serviceName(),
                            Long.parseLong(required(properties, prefix + "pid")),
                            Integer.parseInt(required(properties, prefix + "port")),
                            Path.of(required(properties, prefix + "log")),
                            Integer.parseInt(properties.getProperty(prefix + "restarts", "0")),
                            instant(properties, prefix + "last-restart")));
                }
            }
            List<OwnedProcess> owned = new ArrayList<>();
            for (int i = 1; properties.containsKey("owned." + i); i++) {
                owned.add(OwnedProcess.parse(properties.getProperty("owned." + i)));
            }
            return Optional.of(new RunFile(
                    Long.parseLong(required(properties, "launcher.pid")),
                    Instant.parse(required(properties, "started")),
                    Integer.parseInt(required(properties, "postgres.port")),
                    Integer.parseInt(required(properties, "kafka.port")),
                    entries,
                    instant(properties, "launcher.start"),
                    owned));
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable " + file + " (" + e.getMessage() + "); delete it", e);
        }
    }

    private static Instant instant(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null ? null : Instant.parse(value);
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }

    public Optional<Entry> service(String name) {
        return services.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }
}
