package org.guildhall.mentoring.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.fit.MentoringSettings;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.MemberSnapshotRepository;
import org.guildhall.mentoring.profile.MentorProfile;
import org.guildhall.mentoring.profile.MentorProfileRepository;

/** Requests for mentoring: asked by mentees, answered by mentors within capacity, expired when left unanswered. */
@ApplicationScoped
public class MentoringRequests {

    private final MentorshipRequestRepository requests;
    private final MentorshipRepository mentorships;
    private final MentorProfileRepository mentors;
    private final MemberSnapshotRepository members;
    private final Outbox outbox;
    private final MentoringSettings settings;
    private final Clock clock;

    MentoringRequests(
            MentorshipRequestRepository requests,
            MentorshipRepository mentorships,
            MentorProfileRepository mentors,
            MemberSnapshotRepository members,
            Outbox outbox,
            MentoringSettings settings,
            Clock clock) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.mentors = mentors;
        this.members = members;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public MentorshipRequest ask(String menteeId, String mentorId, String message, List<String> goals) {
        Instant now = Instant.now(clock);
        if (menteeId.equals(mentorId)) {
            throw ProblemException.badRequest("self-request", "mentorId: you cannot ask yourself for mentoring");
        }
        requireActive(menteeId);
        MentorProfile mentor = mentors.findByIdOptional(mentorId)
                .filter(profile -> members.findByIdOptional(mentorId)
                        .filter(MemberSnapshot::active)
                        .isPresent())
                .orElseThrow(() -> ProblemException.notFound("mentor", mentorId));
        mentor.requireOpenToRequests();
        if (mentorships.activeBetween(mentorId, menteeId)) {
            throw ProblemException.conflict("already-mentored", "This mentor already mentors you");
        }
        if (requests.pendingBetween(mentorId, menteeId)) {
            throw ProblemException.conflict("request-pending", "You already asked this mentor; wait for the answer");
        }
        Instant coolDownSince = now.minus(settings.cooldown());
        if (requests.declinedSince(mentorId, menteeId, coolDownSince)
                || mentorships.finishedSince(mentorId, menteeId, coolDownSince)) {
            throw ProblemException.conflict(
                    "pair-cooling-down", "You and this mentor cannot start again so soon after the last time");
        }
        MentorshipRequest request =
                MentorshipRequest.ask(mentorId, menteeId, message, goals, now, settings.requestTtl());
        try {
            requests.persistAndFlush(request);
        } catch (jakarta.persistence.PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException
                    || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                // a concurrent request of the same pair won the race to the one pending request per pair
                throw ProblemException.conflict(
                        "request-pending", "You already asked this mentor; wait for the answer");
            }
            throw e;
        }
        outbox.record(MentoringEvents.MENTORSHIP_REQUESTED, request.id().toString(), request.requested());
        return request;
    }

    /**
     * The mentor accepts. Their profile row is locked first, so concurrent acceptances of one mentor run one after
     * the other and the capacity holds; the request is read only once the lock is held.
     */
    @Transactional
    public Mentorship accept(UUID requestId, String mentorId) {
        String addressee = requests.mentorOf(requestId).orElseThrow(() -> notFound(requestId));
        if (!addressee.equals(mentorId)) {
            throw ProblemException.forbidden("Only the mentor asked may answer this request");
        }
        requireActive(mentorId);
        MentorProfile mentor = mentors.lock(mentorId).orElseThrow(() -> ProblemException.notFound("mentor", mentorId));
        MentorshipRequest request = requests.lock(requestId).orElseThrow(() -> notFound(requestId));
        // the request was made as the mentee stood then; the mentorship starts only with a mentee in good standing now
        members.requireStillActive(request.menteeId(), "The member who asked");
        // a request past its time is refused here and left for the expiry job, which publishes the expiry
        Mentorship mentorship = request.accept(Instant.now(clock));
        mentor.takeMentee();
        mentorships.persist(mentorship);
        outbox.record(MentoringEvents.MENTORSHIP_ACCEPTED, mentorship.id().toString(), mentorship.accepted());
        return mentorship;
    }

    @Transactional
    public MentorshipRequest decline(UUID requestId, String mentorId, String reason) {
        MentorshipRequest request = requests.lock(requestId).orElseThrow(() -> notFound(requestId));
        if (!request.mentorId().equals(mentorId)) {
            throw ProblemException.forbidden("Only the mentor asked may answer this request");
        }
        request.decline(reason, Instant.now(clock));
        outbox.record(MentoringEvents.MENTORSHIP_DECLINED, request.id().toString(), request.declined());
        return request;
    }

    /**
     * The mentee withdraws a request still waiting for an answer. No event: {@code platform/contracts} defines none
     * for a withdrawal, so other services keep what they knew of the request.
     */
    @Transactional
    public MentorshipRequest withdraw(UUID requestId, String menteeId) {
        MentorshipRequest request = requests.lock(requestId).orElseThrow(() -> notFound(requestId));
        request.withdraw(menteeId, Instant.now(clock));
        return request;
    }

    /** Expires what is due, a batch at a time; runs again at the next tick if more is due. */
    @Transactional
    public int expireDue() {
        Instant now = Instant.now(clock);
        List<MentorshipRequest> due = requests.due(now, 500);
        for (MentorshipRequest request : due) {
            request.expire(now);
            outbox.record(
                    MentoringEvents.MENTORSHIP_REQUEST_EXPIRED, request.id().toString(), request.expired());
        }
        return due.size();
    }

    @Transactional
    public MentorshipRequest find(UUID requestId, String callerId) {
        MentorshipRequest request = requests.findByIdOptional(requestId).orElseThrow(() -> notFound(requestId));
        if (!request.concerns(callerId)) {
            throw ProblemException.forbidden("Only the mentor and the mentee see a request");
        }
        return request;
    }

    /** The caller's requests, as mentee ({@code asMentor} false) or as mentor, newest first. */
    @Transactional
    public Page<MentorshipRequest> mine(String callerId, boolean asMentor, int page, int size) {
        String side = asMentor ? "mentorId" : "menteeId";
        var query = requests.find(side + " = ?1 order by requestedAt desc, id", callerId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    private void requireActive(String memberId) {
        members.requireActive(memberId);
    }

    private static ProblemException notFound(UUID requestId) {
        return ProblemException.notFound("mentorship-request", requestId.toString());
    }
}
