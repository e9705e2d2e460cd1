package org.guildhall.mentoring.mentorship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.kit.persistence.RowLocks;
import org.guildhall.mentoring.fit.MentoringSettings;

@ApplicationScoped
public class MentorshipRequestRepository implements PanacheRepositoryBase<MentorshipRequest, UUID> {

    private final Duration lockTimeout;

    MentorshipRequestRepository(MentoringSettings settings) {
        this.lockTimeout = settings.lockTimeout();
    }

    /** The mentor a request is addressed to, read without loading the request into the session. */
    public Optional<String> mentorOf(UUID requestId) {
        return getEntityManager()
                .createQuery("select r.mentorId from MentorshipRequest r where r.id = :id", String.class)
                .setParameter("id", requestId)
                .getResultStream()
                .findFirst();
    }

    /** The request with its row locked: an answer, a withdrawal and the expiry of one request run one at a time. */
    public Optional<MentorshipRequest> lock(UUID requestId) {
        return RowLocks.lock(
                getEntityManager(), MentorshipRequest.class, requestId, lockTimeout, "mentoring request " + requestId);
    }

    public boolean pendingBetween(String mentorId, String menteeId) {
        return count("mentorId = ?1 and menteeId = ?2 and status = ?3", mentorId, menteeId, RequestStatus.PENDING) > 0;
    }

    public boolean declinedSince(String mentorId, String menteeId, Instant since) {
        return count(
                        "mentorId = ?1 and menteeId = ?2 and status = ?3 and answeredAt > ?4",
                        mentorId,
                        menteeId,
                        RequestStatus.DECLINED,
                        since)
                > 0;
    }

    public List<MentorshipRequest> due(Instant now, int limit) {
        // locked, so a request withdrawn or answered meanwhile is read again (and left out) rather than overwritten
        return RowLocks.waiting(getEntityManager(), lockTimeout, "mentoring requests", () -> find(
                        "status = ?1 and expiresAt <= ?2 order by expiresAt", RequestStatus.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, limit)
                .list());
    }
}
