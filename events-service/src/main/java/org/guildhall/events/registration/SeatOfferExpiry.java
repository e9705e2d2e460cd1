package org.guildhall.events.registration;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.guildhall.kit.jobs.ExclusiveJobs;
import org.jboss.logging.Logger;

/** Expires unclaimed seat offers; one replica runs it at a time, and a second run finds nothing left to do. */
@ApplicationScoped
public class SeatOfferExpiry {

    private static final Logger LOG = Logger.getLogger(SeatOfferExpiry.class);

    private final ExclusiveJobs jobs;
    private final RegistrationDesk desk;

    SeatOfferExpiry(ExclusiveJobs jobs, RegistrationDesk desk) {
        this.jobs = jobs;
        this.desk = desk;
    }

    @Scheduled(
            identity = "seat-offer-expiry",
            every = "${guildhall.events.offer-expiry-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void run() {
        jobs.runExclusively("seat-offer-expiry", () -> {
            int expired = desk.expireOverdueOffers();
            if (expired > 0) {
                LOG.infof("Expired %d unclaimed seat offers", expired);
            }
        });
    }
}
