package org.guildhall.events.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipStatusChanged;

/** What events-service knows of a member, from {@code guildhall.membership}: may they register, and in which tier. */
@Entity
@Table(name = "member_standing")
public class MemberSnapshot {

    @Id
    @Column(name = "member_id")
    private String memberId;

    @Column(name = "display_name")
    private String displayName;

    private String tier;
    private String status;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The profile's skills, lower case, comma-separated (volunteer suggestions match them against a role's). */
    private String skills = "";

    @Column(name = "open_to_volunteering")
    private boolean openToVolunteering;

    protected MemberSnapshot() {}

    public static MemberSnapshot joined(MemberJoined joined) {
        MemberSnapshot standing = new MemberSnapshot();
        standing.memberId = joined.memberId();
        standing.displayName = joined.displayName();
        standing.tier = joined.tier();
        standing.status = joined.status();
        standing.updatedAt = joined.joinedAt();
        return standing;
    }

    /** A status change for a member whose joining this read model never saw. */
    public static MemberSnapshot fromStatusChange(MembershipStatusChanged changed) {
        MemberSnapshot standing = new MemberSnapshot();
        standing.memberId = changed.memberId();
        standing.statusChanged(changed);
        return standing;
    }

    /** The membership moved (lapsed, renewed, suspended) or changed tier; older news than we hold is ignored. */
    public void statusChanged(MembershipStatusChanged changed) {
        if (updatedAt != null
                && changed.changedAt() != null
                && changed.changedAt().isBefore(updatedAt)) {
            return;
        }
        status = changed.to();
        if (changed.tier() != null) {
            tier = changed.tier();
        }
        expiresAt = changed.expiresAt();
        updatedAt = changed.changedAt();
    }

    public void profileUpdated(MemberProfileUpdated updated) {
        displayName = updated.displayName();
        updatedAt = updated.updatedAt();
        skills = updated.skills() == null
                ? ""
                : String.join(
                        ",",
                        updated.skills().stream()
                                .map(skill -> skill.strip().toLowerCase(Locale.ROOT))
                                .toList());
        openToVolunteering = updated.openTo() != null && updated.openTo().contains("VOLUNTEERING");
    }

    /**
     * Whether the member is in good standing: {@code ACTIVE} or {@code GRACE} (past expiry, within the grace period),
     * members-service's rule (docs/glossary.md, good standing); {@code PENDING}, {@code LAPSED} and {@code SUSPENDED}
     * are not.
     */
    public boolean isActive() {
        return "ACTIVE".equals(status) || "GRACE".equals(status);
    }

    public String memberId() {
        return memberId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String displayName() {
        return displayName;
    }

    public String tier() {
        return tier;
    }

    public String status() {
        return status;
    }
}
