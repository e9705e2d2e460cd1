package org.guildhall.mentoring.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.guildhall.kit.persistence.RowLocks;
import org.guildhall.mentoring.fit.MentoringSettings;

@ApplicationScoped
public class MentorProfileRepository implements PanacheRepositoryBase<MentorProfile, String> {

    private final Duration lockTimeout;

    MentorProfileRepository(MentoringSettings settings) {
        this.lockTimeout = settings.lockTimeout();
    }

    /** The profile with its row locked until the transaction ends: acceptances of one mentor queue here. */
    public Optional<MentorProfile> lock(String memberId) {
        return RowLocks.lock(getEntityManager(), MentorProfile.class, memberId, lockTimeout, "mentor " + memberId);
    }

    /** Mentors a mentee may be shown: active members who accept requests and have room. */
    public List<OpenMentor> openMentors() {
        return getEntityManager()
                .createQuery(
                        "select new org.guildhall.mentoring.profile.OpenMentor(p, s) from MentorProfile p,"
                                + " MemberSnapshot s where s.memberId = p.memberId and s.status in ('ACTIVE', 'GRACE')"
                                + " and p.acceptingRequests = true and p.activeMentees < p.capacity",
                        OpenMentor.class)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
    }
}
