package org.guildhall.testkit.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A fingerprint of what a service's database holds: one digest per table of the {@code public} schema, so a test can
 * show that a refused request changed nothing. Tables that background work changes on its own (the outbox relay
 * marking rows sent, the inbox) are left out.
 */
public final class DatabaseState implements Supplier<String> {

    private static final Set<String> ALWAYS_LEFT_OUT = Set.of("flyway_schema_history", "outbox", "processed_message");

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Set<String> leftOut;

    private DatabaseState(String jdbcUrl, String user, String password, Set<String> leftOut) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.leftOut = leftOut;
    }

    public static DatabaseState of(String jdbcUrl, String user, String password, String... alsoLeftOut) {
        return new DatabaseState(jdbcUrl, user, password, Set.of(alsoLeftOut));
    }

    @Override
    public String get() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!ALWAYS_LEFT_OUT.contains(table) && !leftOut.contains(table)) {
                        tables.add(table);
                    }
                }
            }
            TreeMap<String, String> digests = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet digest =
                        statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text,"
                                + " '|' order by t::text)), '') from \"" + table + "\" t")) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
            return digests.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state of " + jdbcUrl, e);
        }
    }
}
