package org.guildhall.mentoring.mentorship;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.guildhall.kit.jobs.ExclusiveJobs;

/** Expires unanswered requests once across replicas. */
@ApplicationScoped
public class RequestExpiry {

    private final ExclusiveJobs jobs;
    private final MentoringRequests requests;

    RequestExpiry(ExclusiveJobs jobs, MentoringRequests requests) {
        this.jobs = jobs;
        this.requests = requests;
    }

    @Scheduled(
            every = "${guildhall.mentoring.expiry-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireDue() {
        jobs.runExclusively("mentorship-request-expiry", requests::expireDue);
    }
}
