package org.guildhall.mentoring.appreciation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.interview.InformationalInterview;
import org.guildhall.mentoring.interview.InformationalInterviews;
import org.guildhall.mentoring.interview.InterviewRepository;
import org.guildhall.mentoring.membership.MemberErasure;
import org.guildhall.mentoring.membership.MemberSnapshotRepository;
import org.guildhall.mentoring.mentorship.Mentorship;
import org.guildhall.mentoring.mentorship.MentorshipRepository;
import org.guildhall.mentoring.mentorship.MentorshipSession;
import org.guildhall.mentoring.mentorship.MentorshipSessionRepository;

/**
 * Thank-yous between members. Those tied to something mentoring knows (a mentorship, a session, an interview) are
 * checked against it; events and shifts belong to events-service and are taken at the sender's word.
 */
@ApplicationScoped
public class Appreciations {

    private static final Duration PROMPT_WINDOW = Duration.ofDays(30);

    private final AppreciationRepository appreciations;
    private final MemberSnapshotRepository members;
    private final MentorshipRepository mentorships;
    private final MentorshipSessionRepository sessions;
    private final InterviewRepository interviews;
    private final InformationalInterviews interviewBook;
    private final Outbox outbox;
    private final Clock clock;

    Appreciations(
            AppreciationRepository appreciations,
            MemberSnapshotRepository members,
            MentorshipRepository mentorships,
            MentorshipSessionRepository sessions,
            InterviewRepository interviews,
            InformationalInterviews interviewBook,
            Outbox outbox,
            Clock clock) {
        this.appreciations = appreciations;
        this.members = members;
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.interviews = interviews;
        this.interviewBook = interviewBook;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Appreciation send(String from, String to, AppreciationContext context, String contextId, String message) {
        Appreciation appreciation = Appreciation.send(from, to, context, contextId, message, Instant.now(clock));
        if (members.findByIdOptional(to).isEmpty()) {
            throw ProblemException.notFound("member", to);
        }
        requireShared(from, to, context, contextId);
        if (appreciations.alreadySent(from, to, context, contextId)) {
            throw ProblemException.conflict("already-thanked", "You already thanked them for this");
        }
        appreciations.persist(appreciation);
        outbox.record(MentoringEvents.APPRECIATION_SENT, appreciation.id().toString(), appreciation.sent());
        return appreciation;
    }

    @Transactional
    public Appreciation find(UUID id, String callerId) {
        Appreciation appreciation = appreciations
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("appreciation", id.toString()));
        if (!appreciation.fromMemberId().equals(callerId)
                && !appreciation.toMemberId().equals(callerId)) {
            throw ProblemException.forbidden("Only the sender and the recipient see a thank-you");
        }
        return appreciation;
    }

    @Transactional
    public Page<Appreciation> received(String memberId, int page, int size) {
        var query = appreciations.find("toMemberId = ?1 order by sentAt desc, id", memberId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** Completed sessions and interviews of the last 30 days the caller has not yet thanked the other side for. */
    @Transactional
    public List<AppreciationPrompt> prompts(String memberId) {
        Instant since = Instant.now(clock).minus(PROMPT_WINDOW);
        List<AppreciationPrompt> prompts = new ArrayList<>();
        for (Mentorship mentorship : mentorships.list("mentorId = ?1 or menteeId = ?1", memberId)) {
            String other = mentorship.mentorId().equals(memberId) ? mentorship.menteeId() : mentorship.mentorId();
            for (MentorshipSession session : sessions.of(mentorship.id())) {
                if (session.loggedAt().isAfter(since)
                        && !appreciations.alreadySent(
                                memberId,
                                other,
                                AppreciationContext.SESSION,
                                session.id().toString())) {
                    prompts.add(new AppreciationPrompt(
                            other, AppreciationContext.SESSION, session.id().toString(), session.loggedAt()));
                }
            }
        }
        for (InformationalInterview interview : interviewBook.completedWith(memberId, since)) {
            String other = interview.hostId().equals(memberId) ? interview.requesterId() : interview.hostId();
            if (!appreciations.alreadySent(
                    memberId,
                    other,
                    AppreciationContext.INTERVIEW,
                    interview.id().toString())) {
                prompts.add(new AppreciationPrompt(
                        other, AppreciationContext.INTERVIEW, interview.id().toString(), interview.completedAt()));
            }
        }
        prompts.sort(Comparator.comparing(AppreciationPrompt::happenedAt).reversed());
        return prompts;
    }

    void purge(@Observes MemberErasure erasure) {
        appreciations.delete("fromMemberId = ?1 or toMemberId = ?1", erasure.memberId());
    }

    private void requireShared(String from, String to, AppreciationContext context, String contextId) {
        boolean shared =
                switch (context) {
                    case MENTORSHIP -> uuid(contextId)
                            .flatMap(mentorships::findByIdOptional)
                            .filter(mentorship -> mentorship.hasParty(from) && mentorship.hasParty(to))
                            .isPresent();
                    case SESSION -> uuid(contextId)
                            .flatMap(sessions::findByIdOptional)
                            .flatMap(session -> mentorships.findByIdOptional(session.mentorshipId()))
                            .filter(mentorship -> mentorship.hasParty(from) && mentorship.hasParty(to))
                            .isPresent();
                    case INTERVIEW -> uuid(contextId)
                            .flatMap(interviews::findByIdOptional)
                            .filter(interview -> interview.hasParty(from) && interview.hasParty(to))
                            .isPresent();
                    case EVENT, VOLUNTEER_SHIFT -> true;
                };
        if (!shared) {
            throw ProblemException.conflict(
                    "nothing-shared", "contextId: no " + context.name().toLowerCase() + " of yours with this member");
        }
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
