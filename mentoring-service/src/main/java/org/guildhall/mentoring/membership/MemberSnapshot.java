package org.guildhall.mentoring.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;

/** What mentoring knows of a member, from {@code guildhall.membership}: enough to suggest and match them. */
@Entity
@Table(name = "member_snapshot")
public class MemberSnapshot {

    @Id
    @Column(name = "member_id")
    private String memberId;

    @Column(name = "display_name")
    private String displayName;

    private String headline;

    @Column(name = "time_zone")
    private String timeZone;

    private String status;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected MemberSnapshot() {}

    public static MemberSnapshot joined(MemberJoined joined) {
        MemberSnapshot snapshot = new MemberSnapshot();
        snapshot.memberId = joined.memberId();
        snapshot.status = joined.status();
        snapshot.displayName = joined.displayName();
        snapshot.headline = joined.headline();
        snapshot.timeZone = joined.timeZone();
        snapshot.updatedAt = joined.joinedAt();
        return snapshot;
    }

    public void profileUpdated(MemberProfileUpdated updated) {
        displayName = updated.displayName();
        headline = updated.headline();
        timeZone = updated.timeZone();
        updatedAt = updated.updatedAt();
    }

    public String memberId() {
        return memberId;
    }

    public String displayName() {
        return displayName;
    }

    public String headline() {
        return headline;
    }

    public String timeZone() {
        return timeZone;
    }

    public String status() {
        return status;
    }
}
