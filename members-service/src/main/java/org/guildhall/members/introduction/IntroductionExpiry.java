package org.guildhall.members.introduction;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.guildhall.kit.jobs.ExclusiveJobs;

/** Closes unanswered introductions on a schedule, once across replicas. */
@ApplicationScoped
public class IntroductionExpiry {

    private final ExclusiveJobs jobs;
    private final Introductions introductions;

    IntroductionExpiry(ExclusiveJobs jobs, Introductions introductions) {
        this.jobs = jobs;
        this.introductions = introductions;
    }

    @Scheduled(
            every = "${guildhall.introductions.expiry-every:5m}",
            delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        jobs.runExclusively("introduction-expiry", introductions::expireDue);
    }
}
