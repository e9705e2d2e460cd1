package org.guildhall.mentoring.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.fit.MentoringSettings;
import org.guildhall.mentoring.membership.MemberErasure;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.MemberSnapshotRepository;

/** Informational interviews: hosts open to them (member profile {@code openTo}) take a limited number a month. */
@ApplicationScoped
public class InformationalInterviews {

    static final String OPEN_TO_INTERVIEWS = "INFORMATIONAL_INTERVIEWS";

    private final InterviewRepository interviews;
    private final InterviewHostRepository hosts;
    private final MemberSnapshotRepository members;
    private final Outbox outbox;
    private final MentoringSettings.Interviews settings;
    private final Clock clock;

    InformationalInterviews(
            InterviewRepository interviews,
            InterviewHostRepository hosts,
            MemberSnapshotRepository members,
            Outbox outbox,
            MentoringSettings settings,
            Clock clock) {
        this.interviews = interviews;
        this.hosts = hosts;
        this.members = members;
        this.outbox = outbox;
        this.settings = settings.interviews();
        this.clock = clock;
    }

    @Transactional
    public int setMonthlyLimit(String hostId, int monthlyLimit) {
        Instant now = Instant.now(clock);
        active(hostId);
        hosts.findByIdOptional(hostId)
                .ifPresentOrElse(
                        host -> host.setLimit(monthlyLimit, now),
                        () -> hosts.persist(InterviewHost.limitedTo(hostId, monthlyLimit, now)));
        return monthlyLimit;
    }

    @Transactional
    public InformationalInterview request(
            String requesterId, String hostId, String topic, String message, List<Instant> proposedTimes) {
        Instant now = Instant.now(clock);
        InformationalInterview interview =
                InformationalInterview.request(requesterId, hostId, topic, message, proposedTimes, now);
        active(requesterId);
        MemberSnapshot host = members.findByIdOptional(hostId)
                .filter(MemberSnapshot::active)
                .orElseThrow(() -> ProblemException.notFound("host", hostId));
        if (!host.openTo().contains(OPEN_TO_INTERVIEWS) || monthlyLimit(hostId) == 0) {
            throw ProblemException.conflict("host-not-open", "This member does not take informational interviews");
        }
        if (interviews.requestedSince(requesterId, hostId, now.minus(settings.cooldown()))) {
            throw ProblemException.conflict(
                    "pair-cooling-down", "You met or asked this member recently; try again later");
        }
        interviews.persist(interview);
        outbox.record(
                MentoringEvents.INFORMATIONAL_INTERVIEW_REQUESTED,
                interview.id().toString(),
                interview.requested());
        return interview;
    }

    @Transactional
    public InformationalInterview accept(UUID id, String hostId, Instant time) {
        InformationalInterview interview = load(id);
        interview.requireParty(hostId);
        active(hostId);
        members.requireStillActive(interview.requesterId(), "The member who asked");
        interviews.lockHost(interview.hostId());
        requireRoomInMonth(interview.hostId(), time);
        interview.accept(hostId, time, Instant.now(clock));
        outbox.record(
                MentoringEvents.INFORMATIONAL_INTERVIEW_ACCEPTED, interview.id().toString(), interview.accepted());
        return interview;
    }

    @Transactional
    public InformationalInterview proposeAnotherTime(UUID id, String hostId, Instant time) {
        InformationalInterview interview = load(id);
        interview.requireParty(hostId);
        interview.proposeAnotherTime(hostId, time, Instant.now(clock));
        return interview;
    }

    @Transactional
    public InformationalInterview acceptProposedTime(UUID id, String requesterId) {
        InformationalInterview interview = load(id);
        Instant time = interview.otherTimeFor(requesterId);
        active(requesterId);
        members.requireStillActive(interview.hostId(), "The host");
        interviews.lockHost(interview.hostId());
        requireRoomInMonth(interview.hostId(), time);
        interview.acceptProposedTime(requesterId, Instant.now(clock));
        outbox.record(
                MentoringEvents.INFORMATIONAL_INTERVIEW_ACCEPTED, interview.id().toString(), interview.accepted());
        return interview;
    }

    @Transactional
    public InformationalInterview decline(UUID id, String callerId) {
        InformationalInterview interview = load(id);
        interview.requireParty(callerId);
        interview.decline(callerId, Instant.now(clock));
        outbox.record(
                MentoringEvents.INFORMATIONAL_INTERVIEW_DECLINED, interview.id().toString(), interview.declined());
        return interview;
    }

    @Transactional
    public InformationalInterview complete(UUID id, String callerId) {
        InformationalInterview interview = load(id);
        interview.complete(callerId, Instant.now(clock));
        outbox.record(
                MentoringEvents.INFORMATIONAL_INTERVIEW_COMPLETED,
                interview.id().toString(),
                interview.completed());
        return interview;
    }

    @Transactional
    public InformationalInterview find(UUID id, String callerId) {
        InformationalInterview interview = load(id);
        interview.requireParty(callerId);
        return interview;
    }

    @Transactional
    public Page<InformationalInterview> mine(String callerId, boolean asHost, int page, int size) {
        var query =
                interviews.find((asHost ? "hostId" : "requesterId") + " = ?1 order by requestedAt desc, id", callerId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** Completed interviews of a member, for the appreciation prompts. */
    @Transactional
    public List<InformationalInterview> completedWith(String memberId, Instant since) {
        return interviews.list(
                "(requesterId = ?1 or hostId = ?1) and status = ?2 and completedAt > ?3",
                memberId,
                InterviewStatus.COMPLETED,
                since);
    }

    void purge(@Observes MemberErasure erasure) {
        interviews.delete("requesterId = ?1 or hostId = ?1", erasure.memberId());
        hosts.deleteById(erasure.memberId());
    }

    private void requireRoomInMonth(String hostId, Instant time) {
        YearMonth month = YearMonth.from(time.atZone(ZoneOffset.UTC));
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (interviews.scheduledFor(hostId, from, to) >= monthlyLimit(hostId)) {
            throw ProblemException.conflict(
                    "monthly-limit-reached", "The host's interviews for " + month + " are all taken");
        }
    }

    private int monthlyLimit(String hostId) {
        return hosts.findByIdOptional(hostId).map(InterviewHost::monthlyLimit).orElse(settings.defaultMonthlyLimit());
    }

    private void active(String memberId) {
        members.requireActive(memberId);
    }

    private InformationalInterview load(UUID id) {
        return interviews
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("informational-interview", id.toString()));
    }
}
