package org.guildhall.kit.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.guildhall.kit.jobs.ExclusiveJobs;

/**
 * Published outbox rows are only a record of what went to Kafka; they carry the payloads, personal data included, so
 * they are deleted once older than {@code guildhall.outbox.retention} (erasure, GDPR Art. 17, and storage). Runs once
 * across replicas through {@link ExclusiveJobs}; unsent rows are never touched.
 */
@ApplicationScoped
public class OutboxPruning {

    private final DataSource dataSource;
    private final ExclusiveJobs jobs;
    private final OutboxSettings settings;

    OutboxPruning(DataSource dataSource, ExclusiveJobs jobs, OutboxSettings settings) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.settings = settings;
    }

    @Scheduled(
            every = "${guildhall.outbox.prune-every}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void pruneOnSchedule() {
        jobs.runExclusively(
                "outbox-pruning", () -> pruneSentBefore(Instant.now().minus(settings.retention())));
    }

    /** Deletes the rows published before {@code cutoff}; returns how many. Joins the caller's transaction, if any. */
    public int pruneSentBefore(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from outbox where sent_at is not null and sent_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not prune the outbox", e);
        }
    }
}
