package org.guildhall.mentoring.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.mentoring.MentorshipDeclined;
import org.guildhall.contracts.mentoring.MentorshipRequestExpired;
import org.guildhall.contracts.mentoring.MentorshipRequested;
import org.guildhall.kit.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mentee asked a mentor; the mentor accepts or declines before it expires. */
@Entity
@Table(name = "mentorship_request")
public class MentorshipRequest {

    @Id
    private UUID id;

    @Column(name = "mentor_id")
    private String mentorId;

    @Column(name = "mentee_id")
    private String menteeId;

    private String message;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> goals;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    /** When it stopped being pending: answered, withdrawn or expired. */
    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected MentorshipRequest() {}

    public static MentorshipRequest ask(
            String mentorId, String menteeId, String message, List<String> goals, Instant now, Duration answerWithin) {
        if (mentorId.equals(menteeId)) {
            throw ProblemException.badRequest("self-request", "mentorId: you cannot ask yourself for mentoring");
        }
        MentorshipRequest request = new MentorshipRequest();
        request.id = UUID.randomUUID();
        request.mentorId = mentorId;
        request.menteeId = menteeId;
        request.message = message;
        request.goals = List.copyOf(goals);
        request.status = RequestStatus.PENDING;
        request.requestedAt = now;
        request.expiresAt = now.plus(answerWithin);
        return request;
    }

    /** The mentor said yes: the mentorship starts now. Capacity is the mentor profile's to check. */
    public Mentorship accept(Instant now) {
        requirePending(now);
        status = RequestStatus.ACCEPTED;
        answeredAt = now;
        return Mentorship.fromRequest(this, now);
    }

    public void decline(String reason, Instant now) {
        requirePending(now);
        status = RequestStatus.DECLINED;
        declineReason = reason;
        answeredAt = now;
    }

    /**
     * The mentee takes their request back while it still waits for an answer; only they may. The published language
     * has no event for it, so nothing is emitted: the request simply stops being pending.
     */
    public void withdraw(String by, Instant now) {
        if (!menteeId.equals(by)) {
            throw ProblemException.forbidden("Only the mentee who asked may withdraw this request");
        }
        requirePending(now);
        status = RequestStatus.WITHDRAWN;
        answeredAt = now;
    }

    /** Whether the answer time has run out on a pending request. */
    public boolean isDue(Instant now) {
        return status == RequestStatus.PENDING && !now.isBefore(expiresAt);
    }

    public void expire(Instant now) {
        if (!isDue(now)) {
            throw ProblemException.conflict("request-not-due", "Request " + id + " is not due to expire");
        }
        status = RequestStatus.EXPIRED;
        answeredAt = now;
    }

    public boolean concerns(String memberId) {
        return mentorId.equals(memberId) || menteeId.equals(memberId);
    }

    private void requirePending(Instant now) {
        if (status != RequestStatus.PENDING) {
            throw ProblemException.conflict(
                    "request-already-answered",
                    "Request " + id + " is " + status.name().toLowerCase());
        }
        if (isDue(now)) {
            throw ProblemException.conflict("request-expired", "Request " + id + " expired at " + expiresAt);
        }
    }

    public MentorshipRequested requested() {
        return new MentorshipRequested(id.toString(), mentorId, menteeId, message, goals, expiresAt, requestedAt);
    }

    public MentorshipDeclined declined() {
        return new MentorshipDeclined(id.toString(), mentorId, menteeId, declineReason, answeredAt);
    }

    public MentorshipRequestExpired expired() {
        return new MentorshipRequestExpired(id.toString(), mentorId, menteeId, answeredAt);
    }

    public UUID id() {
        return id;
    }

    public String mentorId() {
        return mentorId;
    }

    public String menteeId() {
        return menteeId;
    }

    public String message() {
        return message;
    }

    public List<String> goals() {
        return goals;
    }

    public RequestStatus status() {
        return status;
    }

    public String declineReason() {
        return declineReason;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
