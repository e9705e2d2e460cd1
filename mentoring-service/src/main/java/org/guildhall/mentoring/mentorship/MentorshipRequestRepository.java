package org.guildhall.mentoring.mentorship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentorshipRequestRepository implements PanacheRepositoryBase<MentorshipRequest, UUID> {

    /** The mentor a request is addressed to, read without loading the request into the session. */
    public Optional<String> mentorOf(UUID requestId) {
        return getEntityManager()
                .createQuery("select r.mentorId from MentorshipRequest r where r.id = :id", String.class)
                .setParameter("id", requestId)
                .getResultStream()
                .findFirst();
    }

    /** The request with its row locked: an answer, a withdrawal and the expiry of one request run one at a time. */
    public Optional<MentorshipRequest> lockForUpdate(UUID requestId) {
        return findByIdOptional(requestId, LockModeType.PESSIMISTIC_WRITE);
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
        return find("status = ?1 and expiresAt <= ?2 order by expiresAt", RequestStatus.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, limit)
                .list();
    }
}
