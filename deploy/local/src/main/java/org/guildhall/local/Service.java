package org.guildhall.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The four services of the platform, in the order they are listed, with their database and local port. */
public enum Service {
    MEMBERS("members-service", "members", 8081),
    EVENTS("events-service", "events", 8082),
    MENTORING("mentoring-service", "mentoring", 8083),
    NOTIFICATIONS("notifications-service", "notifications", 8084);

    private final String serviceName;
    private final String database;
    private final int defaultPort;

    Service(String serviceName, String database, int defaultPort) {
        this.serviceName = serviceName;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    /** The module and process name, e.g. {@code members-service}. */
    public String serviceName() {
        return serviceName;
    }

    /** The service's own database. */
    public String database() {
        return database;
    }

    /** The port {@code ./guildhall up} runs it on (docs/architecture.md). */
    public int defaultPort() {
        return defaultPort;
    }

    /** The packaged service: {@code <repoRoot>/<name>/target/quarkus-app/quarkus-run.jar}. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(serviceName).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Finds a service by its name ({@code members-service}) or short name ({@code members}). */
    public static Service named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(service -> service.serviceName.equals(wanted) || service.database.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }
}
