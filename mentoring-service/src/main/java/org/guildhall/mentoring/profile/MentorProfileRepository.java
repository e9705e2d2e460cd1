package org.guildhall.mentoring.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MentorProfileRepository implements PanacheRepositoryBase<MentorProfile, String> {

    /** The profile with its row locked until the transaction ends: acceptances of one mentor queue here. */
    public Optional<MentorProfile> lockForUpdate(String memberId) {
        return findByIdOptional(memberId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Mentors a mentee may be shown: active members who accept requests and have room. */
    public List<OpenMentor> openMentors() {
        return getEntityManager()
                .createQuery(
                        "select new org.guildhall.mentoring.profile.OpenMentor(p, s) from MentorProfile p,"
                                + " MemberSnapshot s where s.memberId = p.memberId and s.status = 'ACTIVE'"
                                + " and p.acceptingRequests = true and p.activeMentees < p.capacity",
                        OpenMentor.class)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
    }
}
