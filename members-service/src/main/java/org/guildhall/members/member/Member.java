package org.guildhall.members.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;

/** A member of the association: who they are and where their membership stands. */
@Entity
@Table(name = "member")
public class Member {

    /** The tier a member joins in until tiers are chosen at joining. */
    static final String DEFAULT_TIER = "associate";

    @Id
    private String id;

    @Column(name = "display_name")
    private String displayName;

    private String email;
    private String headline;
    private String location;

    @Column(name = "time_zone")
    private String timeZone;

    private String tier;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Member() {}

    /** A person joins: their membership is active at once in the default tier. */
    public static Member join(String id, String email, Profile profile, Instant now) {
        Member member = new Member();
        member.id = id;
        member.email = email;
        member.tier = DEFAULT_TIER;
        member.status = MembershipStatus.ACTIVE;
        member.joinedAt = now;
        member.apply(profile, now);
        return member;
    }

    public void updateProfile(Profile profile, Instant now) {
        apply(profile, now);
    }

    private void apply(Profile profile, Instant now) {
        this.displayName = profile.displayName().strip();
        this.headline = profile.headline();
        this.location = profile.location();
        this.timeZone = profile.timeZone();
        this.updatedAt = now;
    }

    public MemberJoined joined() {
        return new MemberJoined(id, displayName, email, headline, location, timeZone, tier, status.name(), joinedAt);
    }

    public MemberProfileUpdated profileUpdated() {
        return new MemberProfileUpdated(
                id,
                displayName,
                email,
                headline,
                location,
                timeZone,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                updatedAt);
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String headline() {
        return headline;
    }

    public String location() {
        return location;
    }

    public String timeZone() {
        return timeZone;
    }

    public String tier() {
        return tier;
    }

    public MembershipStatus status() {
        return status;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public long version() {
        return version;
    }
}
