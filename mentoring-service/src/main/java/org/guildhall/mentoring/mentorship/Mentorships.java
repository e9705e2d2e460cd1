package org.guildhall.mentoring.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.membership.MemberErasure;
import org.guildhall.mentoring.profile.MentorProfileRepository;

/** Mentorships under way: sessions, goals, and how they finish. Only the pair acts on them. */
@ApplicationScoped
public class Mentorships {

    private final MentorshipRepository mentorships;
    private final MentorshipSessionRepository sessions;
    private final MentorshipRequestRepository requests;
    private final MentorProfileRepository mentors;
    private final Outbox outbox;
    private final Clock clock;

    Mentorships(
            MentorshipRepository mentorships,
            MentorshipSessionRepository sessions,
            MentorshipRequestRepository requests,
            MentorProfileRepository mentors,
            Outbox outbox,
            Clock clock) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.requests = requests;
        this.mentors = mentors;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Mentorship find(UUID mentorshipId, String callerId) {
        Mentorship mentorship = load(mentorshipId);
        mentorship.requireParty(callerId);
        return mentorship;
    }

    @Transactional
    public Page<Mentorship> mine(String callerId, int page, int size) {
        var query = mentorships.find("mentorId = ?1 or menteeId = ?1 order by startedAt desc, id", callerId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    @Transactional
    public Mentorship complete(UUID mentorshipId, String callerId, String feedback) {
        Mentorship mentorship = load(mentorshipId);
        mentorship.complete(callerId, feedback, Instant.now(clock));
        freePlace(mentorship);
        outbox.record(MentoringEvents.MENTORSHIP_COMPLETED, mentorship.id().toString(), mentorship.completed());
        return mentorship;
    }

    @Transactional
    public Mentorship end(UUID mentorshipId, String callerId, String reason, String feedback) {
        Mentorship mentorship = load(mentorshipId);
        mentorship.end(callerId, reason, feedback, Instant.now(clock));
        freePlace(mentorship);
        outbox.record(MentoringEvents.MENTORSHIP_ENDED, mentorship.id().toString(), mentorship.ended());
        return mentorship;
    }

    @Transactional
    public MentorshipSession logSession(
            UUID mentorshipId,
            String callerId,
            LocalDate date,
            int durationMinutes,
            List<String> topics,
            String privateNotes) {
        Mentorship mentorship = load(mentorshipId);
        MentorshipSession session =
                mentorship.logSession(callerId, date, durationMinutes, topics, privateNotes, Instant.now(clock));
        sessions.persist(session);
        outbox.record(
                MentoringEvents.MENTORSHIP_SESSION_LOGGED, mentorship.id().toString(), session.logged(mentorship));
        return session;
    }

    @Transactional
    public List<MentorshipSession> sessions(UUID mentorshipId, String callerId) {
        find(mentorshipId, callerId);
        return sessions.of(mentorshipId);
    }

    @Transactional
    public Mentorship progressGoal(UUID mentorshipId, String callerId, String goal) {
        Mentorship mentorship = load(mentorshipId);
        mentorship.progressGoal(callerId, goal, Instant.now(clock));
        return mentorship;
    }

    /** An erased member's requests, mentorships and their sessions go; a mentor they took a place from gets it back. */
    void purge(@Observes MemberErasure erasure) {
        String memberId = erasure.memberId();
        requests.delete("mentorId = ?1 or menteeId = ?1", memberId);
        for (Mentorship mentorship : mentorships.list("mentorId = ?1 or menteeId = ?1", memberId)) {
            if (mentorship.status() == MentorshipStatus.ACTIVE
                    && !mentorship.mentorId().equals(memberId)) {
                freePlace(mentorship);
            }
            sessions.delete("mentorshipId", mentorship.id());
            mentorships.delete(mentorship);
        }
    }

    private void freePlace(Mentorship mentorship) {
        mentors.lock(mentorship.mentorId()).ifPresent(profile -> profile.releaseMentee());
    }

    private Mentorship load(UUID mentorshipId) {
        return mentorships
                .findByIdOptional(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("mentorship", mentorshipId.toString()));
    }
}
