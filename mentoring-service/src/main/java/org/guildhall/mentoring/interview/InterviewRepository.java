package org.guildhall.mentoring.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InterviewRepository implements PanacheRepositoryBase<InformationalInterview, UUID> {

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
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('interview-host:' || ?1))")
                .setParameter(1, hostId)
                .getSingleResult();
    }
}
