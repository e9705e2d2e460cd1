package org.guildhall.kit.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Scheduled work that runs once across replicas (docs/messaging.md): a run holds a transaction-scoped PostgreSQL advisory lock
 * named after the job, so a second replica that fires at the same moment skips. The job's own effects should still
 * be idempotent (unique keys), because the next firing may see what an earlier one already did.
 */
@ApplicationScoped
public class ExclusiveJobs {

    /** The first half of every job lock key; the outbox relay uses another. */
    private static final int JOB_LOCK_CLASS = 0x6a6f_6273;

    private final DataSource dataSource;

    ExclusiveJobs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code job} in a new transaction unless another replica is running the job of the same name right now.
     *
     * @return whether this replica ran it
     */
    public boolean runExclusively(String jobName, Runnable job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!tryLock(jobName)) {
                return false;
            }
            job.run();
            return true;
        });
    }

    private boolean tryLock(String jobName) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, JOB_LOCK_CLASS);
            lock.setInt(2, jobName.hashCode());
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the lock of job " + jobName, e);
        }
    }
}
