package org.guildhall.mentoring.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** What the past of a pair rules out: an open request, a mentorship, or a decline or an end within the cool-down. */
@ApplicationScoped
public class PairHistory {

    private final MentorshipRequestRepository requests;

    PairHistory(MentorshipRequestRepository requests) {
        this.requests = requests;
    }

    /** The mentors not to suggest to {@code menteeId} now, given the cool-down started at {@code coolDownSince}. */
    public Set<String> mentorsToLeaveOutFor(String menteeId, Instant coolDownSince) {
        Set<String> mentors = new HashSet<>(requests.getEntityManager()
                .createQuery(
                        "select r.mentorId from MentorshipRequest r where r.menteeId = :mentee and (r.status = :pending"
                                + " or (r.status = :declined and r.answeredAt > :since))",
                        String.class)
                .setParameter("mentee", menteeId)
                .setParameter("pending", RequestStatus.PENDING)
                .setParameter("declined", RequestStatus.DECLINED)
                .setParameter("since", coolDownSince)
                .getResultList());
        mentors.addAll(requests.getEntityManager()
                .createQuery(
                        "select m.mentorId from Mentorship m where m.menteeId = :mentee and (m.status = :active"
                                + " or m.endedAt > :since)",
                        String.class)
                .setParameter("mentee", menteeId)
                .setParameter("active", MentorshipStatus.ACTIVE)
                .setParameter("since", coolDownSince)
                .getResultList());
        return mentors;
    }
}
