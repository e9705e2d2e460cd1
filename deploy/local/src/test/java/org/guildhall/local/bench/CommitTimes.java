package org.guildhall.local.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.guildhall.testkit.Postgres;

/**
 * Commit times read from PostgreSQL itself (issue 17 §2): with {@code track_commit_timestamp = on}
 * ({@link Postgres#TRACK_COMMIT_TIMESTAMP}), {@code pg_xact_commit_timestamp(xmin)} of a row is the moment the
 * transaction that wrote it committed, in microseconds on the server's clock. Producer and consumers keep their
 * databases in one PostgreSQL cluster, so both ends of a latency come from one clock, and neither is taken inside the
 * transaction nor by a process that learns of the commit later.
 */
final class CommitTimes {

    private CommitTimes() {}

    /** One published event of a join: its id, the join's commit, and the commit that marked the outbox row sent. */
    record Published(String eventId, String type, long committedMicros, Long markedSentMicros) {}

    /** Fails unless the server keeps commit timestamps. */
    static void requireTracking(String jdbcUrl) throws SQLException {
        try (Connection db = connect(jdbcUrl);
                ResultSet setting = db.createStatement().executeQuery("show track_commit_timestamp")) {
            setting.next();
            if (!"on".equals(setting.getString(1))) {
                throw new IllegalStateException("track_commit_timestamp is " + setting.getString(1) + " at " + jdbcUrl);
            }
        }
    }

    /**
     * The events members-service recorded when members whose id starts with {@code memberPrefix} joined, each with the
     * join's commit time: that of the {@code member} row, which the joining transaction inserted. A member row written
     * by another transaction since (an update gives the row a new {@code xmin}) would not say when the join committed:
     * such members are counted in {@code rewritten} and left out.
     */
    static List<Published> joins(String membersJdbcUrl, String memberPrefix, Consumer<String> rewritten)
            throws SQLException {
        List<Published> published = new ArrayList<>();
        try (Connection db = connect(membersJdbcUrl);
                PreparedStatement select = db.prepareStatement("select o.event_id::text, o.type,"
                        + " " + micros("pg_xact_commit_timestamp(m.xmin)") + ","
                        + " case when o.sent_at is null then null else "
                        + micros("pg_xact_commit_timestamp(o.xmin)") + " end,"
                        + " m.xmin = h.xmin, m.id"
                        + " from outbox o join member m on m.id = o.message_key"
                        + " join membership_status_change h on h.member_id = m.id and h.from_status is null"
                        + " where m.id like ? and o.type in (?, ?)")) {
            select.setString(1, memberPrefix + "%");
            select.setString(2, "guildhall.membership.MemberJoined.v1");
            select.setString(3, "guildhall.membership.MembershipStatusChanged.v1");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getBoolean(5)) {
                        rewritten.accept(rows.getString(6));
                        continue;
                    }
                    long marked = rows.getLong(4);
                    published.add(new Published(
                            rows.getString(1), rows.getString(2), rows.getLong(3), rows.wasNull() ? null : marked));
                }
            }
        }
        return published;
    }

    /**
     * When a consumer applied an event: the start of the applying transaction ({@code processed_at}, PostgreSQL's
     * {@code now()}) and its commit.
     */
    record Applied(long startedMicros, long committedMicros) {}

    /**
     * When a consumer applied each of {@code eventIds}: from its inbox row ({@code processed_message}), which the kit's
     * inbox writes in the same transaction as the handler's effects. Events not (yet) applied are absent.
     */
    static Map<String, Applied> applied(String consumerJdbcUrl, Collection<String> eventIds) throws SQLException {
        Map<String, Applied> applied = new HashMap<>();
        try (Connection db = connect(consumerJdbcUrl);
                PreparedStatement select = db.prepareStatement("select message_id::text, " + micros("processed_at")
                        + ", " + micros("pg_xact_commit_timestamp(xmin)")
                        + " from processed_message where message_id = any (?::uuid[])")) {
            select.setArray(1, db.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getString(1), new Applied(rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return applied;
    }

    /** The figures of {@code micros} (unsorted): {@code p50 / p95 / p99 / max} in milliseconds, and the count. */
    static String summary(List<Long> micros) {
        if (micros.isEmpty()) {
            return "no samples";
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format(
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d, min %.1f ms)",
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e3,
                sorted.size(),
                sorted.get(0) / 1e3);
    }

    /** Nearest rank, in milliseconds. */
    static double percentile(List<Long> sortedMicros, int p) {
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1e3;
    }

    /** The load average as {@code uptime} shows it (1, 5, 15 minutes). */
    static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String micros(String timestamp) {
        return "(extract(epoch from " + timestamp + ") * 1000000)::bigint";
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
    }
}
