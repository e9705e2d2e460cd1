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
 * What {@code ./guildhall up} is running, written to {@code .guildhall/run.properties} once everything is ready and
 * removed when it stops, so that {@code ./guildhall status} can look at the right processes and ports.
 */
public record RunFile(long launcherPid, Instant startedAt, int postgresPort, int kafkaPort, List<Entry> services) {

    public static final String FILE_NAME = "run.properties";

    /** One service process. */
    public record Entry(String name, long pid, int port, Path logFile) {}

    public RunFile {
        services = List.copyOf(services);
    }

    public static RunFile of(long launcherPid, Instant startedAt, Platform platform) {
        List<Entry> entries = new ArrayList<>();
        for (RunningService service : platform.processes()) {
            entries.add(new Entry(service.name(), service.pid(), service.port(), service.logFile()));
        }
        return new RunFile(
                launcherPid,
                startedAt,
                platform.postgres().port(),
                Integer.parseInt(platform.kafka()
                        .bootstrapServers()
                        .substring(platform.kafka().bootstrapServers().lastIndexOf(':') + 1)),
                entries);
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
        for (Entry entry : services) {
            String prefix = "service." + entry.name() + ".";
            properties.setProperty(prefix + "pid", Long.toString(entry.pid()));
            properties.setProperty(prefix + "port", Integer.toString(entry.port()));
            properties.setProperty(prefix + "log", entry.logFile().toString());
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
                            Path.of(required(properties, prefix + "log"))));
                }
            }
            return Optional.of(new RunFile(
                    Long.parseLong(required(properties, "launcher.pid")),
                    Instant.parse(required(properties, "started")),
                    Integer.parseInt(required(properties, "postgres.port")),
                    Integer.parseInt(required(properties, "kafka.port")),
                    entries));
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable " + file + " (" + e.getMessage() + "); delete it", e);
        }
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
