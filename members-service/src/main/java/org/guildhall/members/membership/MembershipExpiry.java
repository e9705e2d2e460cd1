package org.guildhall.members.membership;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.guildhall.kit.jobs.ExclusiveJobs;
import org.jboss.logging.Logger;

/** Applies expiry and grace on a schedule, once across replicas. */
@ApplicationScoped
public class MembershipExpiry {

    private static final Logger LOG = Logger.getLogger(MembershipExpiry.class);

    private final ExclusiveJobs jobs;
    private final MembershipRegister register;

    MembershipExpiry(ExclusiveJobs jobs, MembershipRegister register) {
        this.jobs = jobs;
        this.register = register;
    }

    @Scheduled(
            every = "${guildhall.membership.expiry-every}",
            delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        jobs.runExclusively("membership-expiry", () -> {
            int moved = register.applyExpiries();
            if (moved > 0) {
                LOG.infof("Membership expiry moved %d memberships", moved);
            }
        });
    }
}
