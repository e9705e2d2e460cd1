package org.guildhall.notifications.mentoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class MentorshipRepository implements PanacheRepositoryBase<Mentorship, String> {

    /** Active pairs quiet since {@code before} or longer. */
    public List<Mentorship> activeQuietSince(Instant before) {
        return list("status = ?1 and quietSince <= ?2", Mentorship.ACTIVE, before);
    }

    public long deleteOf(String memberId) {
        return delete("mentorId = ?1 or menteeId = ?1", memberId);
    }
}
