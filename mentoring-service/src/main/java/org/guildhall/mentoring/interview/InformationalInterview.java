package org.guildhall.mentoring.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.mentoring.InformationalInterviewAccepted;
import org.guildhall.contracts.mentoring.InformationalInterviewCompleted;
import org.guildhall.contracts.mentoring.InformationalInterviewDeclined;
import org.guildhall.contracts.mentoring.InformationalInterviewRequested;
import org.guildhall.kit.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A short conversation one member asks of another: the host accepts a time, declines, or proposes another time
 * that the requester then takes or turns down; after it happened either side marks it done.
 */
@Entity
@Table(name = "informational_interview")
public class InformationalInterview {

    @Id
    private UUID id;

    @Column(name = "requester_id")
    private String requesterId;

    @Column(name = "host_id")
    private String hostId;

    private String topic;

    private String message;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposed_times")
    private List<Instant> proposedTimes;

    @Column(name = "counter_time")
    private Instant counterTime;

    @Enumerated(EnumType.STRING)
    private InterviewStatus status;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Version
    private long version;

    protected InformationalInterview() {}

    public static InformationalInterview request(
            String requesterId, String hostId, String topic, String message, List<Instant> proposedTimes, Instant now) {
        if (requesterId.equals(hostId)) {
            throw ProblemException.badRequest("self-request", "hostId: you cannot interview yourself");
        }
        if (proposedTimes.stream().anyMatch(time -> !time.isAfter(now))) {
            throw ProblemException.badRequest("time-in-the-past", "proposedTimes: propose times in the future");
        }
        InformationalInterview interview = new InformationalInterview();
        interview.id = UUID.randomUUID();
        interview.requesterId = requesterId;
        interview.hostId = hostId;
        interview.topic = topic;
        interview.message = message;
        interview.proposedTimes = proposedTimes.stream().distinct().sorted().toList();
        interview.status = InterviewStatus.REQUESTED;
        interview.requestedAt = now;
        return interview;
    }

    /** The host accepts one of the proposed times. */
    public void accept(String by, Instant time, Instant now) {
        requireHost(by);
        requireStatus(InterviewStatus.REQUESTED);
        if (!proposedTimes.contains(time)) {
            throw ProblemException.badRequest(
                    "time-not-proposed", "time: choose one of the proposed times, or propose another");
        }
        schedule(time, now);
    }

    /** The host proposes another time; the requester takes it or declines. */
    public void proposeAnotherTime(String by, Instant time, Instant now) {
        requireHost(by);
        requireStatus(InterviewStatus.REQUESTED);
        if (!time.isAfter(now)) {
            throw ProblemException.badRequest("time-in-the-past", "time: propose a time in the future");
        }
        counterTime = time;
        status = InterviewStatus.OTHER_TIME_PROPOSED;
        answeredAt = now;
    }

    /** The requester takes the host's other time. */
    public void acceptProposedTime(String by, Instant now) {
        schedule(otherTimeFor(by), now);
    }

    /** The host's other time, for the requester about to take it; refused when there is none to take. */
    public Instant otherTimeFor(String by) {
        if (!requesterId.equals(by)) {
            throw ProblemException.forbidden("Only the requester answers the host's proposal");
        }
        requireStatus(InterviewStatus.OTHER_TIME_PROPOSED);
        return counterTime;
    }

    /** The host declines a request, or the requester declines the host's other time. */
    public void decline(String by, Instant now) {
        if (status == InterviewStatus.OTHER_TIME_PROPOSED ? !requesterId.equals(by) : !hostId.equals(by)) {
            throw ProblemException.forbidden("It is the other side's turn to answer");
        }
        if (status != InterviewStatus.REQUESTED && status != InterviewStatus.OTHER_TIME_PROPOSED) {
            throw conflict();
        }
        status = InterviewStatus.DECLINED;
        answeredAt = now;
    }

    /** Either side marks it done, once its time has come. */
    public void complete(String by, Instant now) {
        requireParty(by);
        requireStatus(InterviewStatus.ACCEPTED);
        if (now.isBefore(scheduledFor)) {
            throw ProblemException.conflict("interview-not-happened", "The interview is scheduled for " + scheduledFor);
        }
        status = InterviewStatus.COMPLETED;
        completedAt = now;
        completedBy = by;
    }

    public boolean hasParty(String memberId) {
        return requesterId.equals(memberId) || hostId.equals(memberId);
    }

    public void requireParty(String memberId) {
        if (!hasParty(memberId)) {
            throw ProblemException.forbidden("Only the requester and the host see this interview");
        }
    }

    /** The time the host is about to take on, for the monthly limit. */
    public Instant timeBeingScheduled(Instant requested) {
        return status == InterviewStatus.OTHER_TIME_PROPOSED ? counterTime : requested;
    }

    private void schedule(Instant time, Instant now) {
        scheduledFor = time;
        status = InterviewStatus.ACCEPTED;
        answeredAt = now;
    }

    private void requireHost(String by) {
        if (!hostId.equals(by)) {
            throw ProblemException.forbidden("Only the host answers this request");
        }
    }

    private void requireStatus(InterviewStatus expected) {
        if (status != expected) {
            throw conflict();
        }
    }

    private ProblemException conflict() {
        return ProblemException.conflict(
                "interview-state",
                "Interview " + id + " is " + status.name().toLowerCase().replace('_', ' '));
    }

    public InformationalInterviewRequested requested() {
        return new InformationalInterviewRequested(
                id.toString(), requesterId, hostId, topic, message, proposedTimes, requestedAt);
    }

    public InformationalInterviewAccepted accepted() {
        return new InformationalInterviewAccepted(id.toString(), requesterId, hostId, scheduledFor, answeredAt);
    }

    public InformationalInterviewDeclined declined() {
        return new InformationalInterviewDeclined(id.toString(), requesterId, hostId, answeredAt);
    }

    public InformationalInterviewCompleted completed() {
        return new InformationalInterviewCompleted(id.toString(), requesterId, hostId, completedAt);
    }

    public UUID id() {
        return id;
    }

    public String requesterId() {
        return requesterId;
    }

    public String hostId() {
        return hostId;
    }

    public String topic() {
        return topic;
    }

    public String message() {
        return message;
    }

    public List<Instant> proposedTimes() {
        return proposedTimes;
    }

    public Instant counterTime() {
        return counterTime;
    }

    public InterviewStatus status() {
        return status;
    }

    public Instant scheduledFor() {
        return scheduledFor;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
