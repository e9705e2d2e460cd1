package org.guildhall.mentoring.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.kit.persistence.RowLocks;
import org.guildhall.mentoring.fit.MentoringSettings;

@ApplicationScoped
public class InterviewRepository implements PanacheRepositoryBase<InformationalInterview, UUID> {

    /** The first half of the advisory lock key that serialises acceptances for one interview host. */
    private static final int HOST_LOCK_CLASS = 0x696e_7476;

    private final Duration lockTimeout;

    InterviewRepository(MentoringSettings settings) {
        this.lockTimeout = settings.lockTimeout();
    }

    /** Interviews the host has taken on in {@code [from, to)}. */
    public long scheduledFor(String hostId, Instant from, Instant to) {
        return count(
                "hostId = ?1 and status in ?2 and scheduledFor >= ?3 and scheduledFor < ?4",
                hostId,
                List.of(InterviewStatus.ACCEPTED, InterviewStatus.COMPLETED),
                from,
                to);
    }

    public boolean requestedSince(String requesterId, String hostId, Instant since) {
        return count(
                        "((requesterId = ?1 and hostId = ?2) or (requesterId = ?2 and hostId = ?1))"
                                + " and requestedAt > ?3",
                        requesterId,
                        hostId,
                        since)
                > 0;
    }

    /** Holds the host's interviews still until the transaction ends, so two acceptances cannot both pass the limit. */
    public void lockHost(String hostId) {
        RowLocks.lockKey(getEntityManager(), HOST_LOCK_CLASS, hostId, lockTimeout, "interview host " + hostId);
    }
}
