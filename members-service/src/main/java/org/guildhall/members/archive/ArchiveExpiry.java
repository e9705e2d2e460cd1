package org.guildhall.members.archive;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.guildhall.kit.jobs.ExclusiveJobs;

/** Deletes archives past their time, and requests whose parts never all came, once across replicas. */
@ApplicationScoped
public class ArchiveExpiry {

    private final ExclusiveJobs jobs;
    private final DataExports exports;

    ArchiveExpiry(ExclusiveJobs jobs, DataExports exports) {
        this.jobs = jobs;
        this.exports = exports;
    }

    @Scheduled(
            every = "${guildhall.member-data.expire-every:10m}",
            delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        jobs.runExclusively("member-data-expiry", exports::expire);
    }
}
