package org.guildhall.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (Zonky's embedded binaries, PostgreSQL 17) started from the JVM. Tests share one per
 * JVM through {@link #shared()}; the local launcher starts one on a fixed port with a data directory kept between
 * runs.
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    /**
     * System property: {@code true} makes every server started afterwards in this JVM keep each transaction's commit
     * time ({@code track_commit_timestamp = on}), so that {@code pg_xact_commit_timestamp(xmin)} answers when the
     * transaction that wrote a row committed, to the microsecond, on the server's clock. Off by default (tests and
     * the launcher do not need it); the latency benchmarks set it (docs/benchmarks.md, issue 17 §2).
     */
    public static final String TRACK_COMMIT_TIMESTAMP = "guildhall.postgres.track-commit-timestamp";

    private static Postgres shared;

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a throw-away server on a free port; its data goes when the JVM ends. */
    public static Postgres startTemporary() {
        return start(null, 0);
    }

    /** Starts a server with the fast settings of tests: {@code start(dataDirectory, port, false)}. */
    public static Postgres start(Path dataDirectory, int port) {
        return start(dataDirectory, port, false);
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the data lives, kept between runs; {@code null} for a temporary directory
     * @param port the port, or 0 for a free one
     * @param durable whether a commit is on disk before it is acknowledged ({@code fsync} and
     *     {@code synchronous_commit} on), as data that people keep needs; otherwise the fast settings of tests, which
     *     may lose the last acknowledged commits when the machine stops (Zonky's default is {@code synchronous_commit
     *     off}, and {@code fsync} is off without a data directory)
     */
    public static Postgres start(Path dataDirectory, int port, boolean durable) {
        Quiet.infrastructureLogging();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", durable || dataDirectory != null ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off");
            if (Boolean.getBoolean(TRACK_COMMIT_TIMESTAMP)) {
                builder.setServerConfig("track_commit_timestamp", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false);
            }
            return new Postgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** The server every test of this JVM uses, started on first use and stopped when the JVM exits. */
    public static synchronized Postgres shared() {
        if (shared == null) {
            shared = startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "postgres-shutdown"));
        }
        return shared;
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists, and returns its JDBC URL. */
    public String ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        return jdbcUrl(database);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
