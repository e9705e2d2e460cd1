package org.guildhall.members.introduction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.kit.problem.ProblemException;

/**
 * A warm introduction. Asked for: the requester asks a shared connection (the introducer) to introduce them to the
 * target; the introducer forwards or declines; the target accepts or declines. Made directly: the introducer
 * introduces two of their connections, and both must consent. Either way it expires if not answered in time.
 */
@Entity
@Table(name = "introduction")
public class Introduction {

    public enum Status {
        /** Asked for; waiting for the introducer. */
        REQUESTED,
        /** Passed on; waiting for the target (or, made directly, for both). */
        FORWARDED,
        ACCEPTED,
        DECLINED,
        EXPIRED
    }

    @Id
    private UUID id;

    @Column(name = "requester_id")
    private String requesterId;

    @Column(name = "introducer_id")
    private String introducerId;

    @Column(name = "target_id")
    private String targetId;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    private boolean direct;

    @Column(name = "requester_consent")
    private boolean requesterConsent;

    @Column(name = "target_consent")
    private boolean targetConsent;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Introduction() {}

    public static Introduction askFor(
            String requesterId, String introducerId, String targetId, String reason, Instant now, Instant expiresAt) {
        Introduction introduction = create(requesterId, introducerId, targetId, reason, now, expiresAt);
        introduction.status = Status.REQUESTED;
        introduction.requesterConsent = true;
        return introduction;
    }

    /** The introducer introduces two of their connections to each other; each must consent. */
    public static Introduction make(
            String introducerId, String firstId, String secondId, String reason, Instant now, Instant expiresAt) {
        Introduction introduction = create(firstId, introducerId, secondId, reason, now, expiresAt);
        introduction.status = Status.FORWARDED;
        introduction.direct = true;
        return introduction;
    }

    private static Introduction create(
            String requesterId, String introducerId, String targetId, String reason, Instant now, Instant expiresAt) {
        if (requesterId.equals(targetId) || requesterId.equals(introducerId) || introducerId.equals(targetId)) {
            throw ProblemException.badRequest(
                    "introduction-needs-three", "An introduction needs three different members");
        }
        Introduction introduction = new Introduction();
        introduction.id = UUID.randomUUID();
        introduction.requesterId = requesterId;
        introduction.introducerId = introducerId;
        introduction.targetId = targetId;
        introduction.reason = reason;
        introduction.createdAt = now;
        introduction.updatedAt = now;
        introduction.expiresAt = expiresAt;
        return introduction;
    }

    public void forward(String byWhom, Instant now) {
        requireParty(byWhom.equals(introducerId), "Only the introducer can forward");
        requireStatus(Status.REQUESTED, now);
        status = Status.FORWARDED;
        updatedAt = now;
    }

    /**
     * Someone consents: the target of a forwarded introduction, or either side of a direct one. Returns whether
     * the introduction is now accepted (the two are to be connected).
     */
    public boolean accept(String byWhom, Instant now) {
        requireStatus(Status.FORWARDED, now);
        if (byWhom.equals(targetId)) {
            targetConsent = true;
        } else if (direct && byWhom.equals(requesterId)) {
            requesterConsent = true;
        } else {
            throw ProblemException.forbidden(
                    direct ? "Only the two introduced can accept" : "Only the member introduced to can accept");
        }
        updatedAt = now;
        if (requesterConsent && targetConsent) {
            status = Status.ACCEPTED;
            return true;
        }
        return false;
    }

    public void decline(String byWhom, Instant now) {
        boolean mayDecline = status == Status.REQUESTED
                ? byWhom.equals(introducerId)
                : byWhom.equals(targetId) || (direct && byWhom.equals(requesterId));
        requireParty(mayDecline, "You are not the one to answer this introduction now");
        if (status != Status.REQUESTED) {
            requireStatus(Status.FORWARDED, now);
        }
        status = Status.DECLINED;
        updatedAt = now;
    }

    /** Whether the introduction ran out of time unanswered; marks it expired if so. */
    public boolean expireIfDue(Instant now) {
        if ((status == Status.REQUESTED || status == Status.FORWARDED) && !expiresAt.isAfter(now)) {
            status = Status.EXPIRED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    private void requireStatus(Status expected, Instant now) {
        if (status == expected && !expiresAt.isAfter(now)) {
            throw ProblemException.conflict("introduction-expired", "The introduction expired at " + expiresAt);
        }
        if (status != expected) {
            throw ProblemException.conflict(
                    "introduction-" + status.name().toLowerCase(),
                    "The introduction is " + status + "; this needs it " + expected);
        }
    }

    private static void requireParty(boolean allowed, String detail) {
        if (!allowed) {
            throw ProblemException.forbidden(detail);
        }
    }

    public boolean involves(String memberId) {
        return requesterId.equals(memberId) || introducerId.equals(memberId) || targetId.equals(memberId);
    }

    public UUID id() {
        return id;
    }

    public String requesterId() {
        return requesterId;
    }

    public String introducerId() {
        return introducerId;
    }

    public String targetId() {
        return targetId;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public boolean direct() {
        return direct;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
