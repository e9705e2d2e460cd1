package org.guildhall.mentoring.mentorship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class MentorshipRepository implements PanacheRepositoryBase<Mentorship, UUID> {

    public boolean activeBetween(String mentorId, String menteeId) {
        return count("mentorId = ?1 and menteeId = ?2 and status = ?3", mentorId, menteeId, MentorshipStatus.ACTIVE)
                > 0;
    }

    public boolean finishedSince(String mentorId, String menteeId, Instant since) {
        return count(
                        "mentorId = ?1 and menteeId = ?2 and status <> ?3 and endedAt > ?4",
                        mentorId,
                        menteeId,
                        MentorshipStatus.ACTIVE,
                        since)
                > 0;
    }
}
