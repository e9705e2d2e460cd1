package org.guildhall.mentoring.mentorship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentorshipSessionRepository implements PanacheRepositoryBase<MentorshipSession, UUID> {

    public List<MentorshipSession> of(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by sessionDate, loggedAt", mentorshipId);
    }
}
