package org.guildhall.notifications.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A member's status and when their membership expires; renewal reminders are planned from it. */
@Entity
@Table(name = "membership_term")
public class MembershipTerm {

    public static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "member_id")
    private String memberId;

    private String status;
    private String tier;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected MembershipTerm() {}

    public static MembershipTerm startedAt(String memberId, String status, String tier, Instant joinedAt) {
        MembershipTerm term = new MembershipTerm();
        term.memberId = memberId;
        term.status = status;
        term.tier = tier;
        term.changedAt = joinedAt;
        return term;
    }

    /** A status change; one older than what is known is ignored. */
    public void change(String status, String tier, Instant expiresAt, Instant changedAt) {
        if (this.changedAt != null && changedAt != null && changedAt.isBefore(this.changedAt)) {
            return;
        }
        this.status = status;
        this.tier = tier;
        this.expiresAt = expiresAt;
        this.changedAt = changedAt;
    }

    /** Renewal reminders go only to active members whose membership has an end. */
    public boolean awaitsRenewal() {
        return ACTIVE.equals(status) && expiresAt != null;
    }

    public String memberId() {
        return memberId;
    }

    public String status() {
        return status;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }
}
