package org.guildhall.members.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a member's membership history. */
@Entity
@Table(name = "membership_status_change")
public class MembershipStatusChange {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private MembershipStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private MembershipStatus to;

    private String tier;

    @Column(name = "expires_at")
    private Instant expiresAt;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    /** Assigned by the database in insertion order: breaks ties between changes of the same instant. */
    @Column(insertable = false, updatable = false)
    private Long seq;

    protected MembershipStatusChange() {}

    static MembershipStatusChange of(String memberId, StatusTransition transition, String changedBy) {
        MembershipStatusChange change = new MembershipStatusChange();
        change.id = UUID.randomUUID();
        change.memberId = memberId;
        change.from = transition.from();
        change.to = transition.to();
        change.tier = transition.tier();
        change.expiresAt = transition.expiresAt();
        change.reason = transition.reason();
        change.changedBy = changedBy;
        change.changedAt = transition.at();
        return change;
    }

    public MembershipStatus from() {
        return from;
    }

    public MembershipStatus to() {
        return to;
    }

    public String tier() {
        return tier;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
