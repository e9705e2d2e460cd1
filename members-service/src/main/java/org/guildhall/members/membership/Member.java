package org.guildhall.members.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.profile.CareerStage;
import org.guildhall.members.profile.OpenTo;
import org.guildhall.members.profile.Profile;
import org.guildhall.members.profile.ProfileField;
import org.guildhall.members.profile.Visibility;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member of the association: their membership (tier, status, expiry) and their profile. */
@Entity
@Table(name = "member")
public class Member {

    static final String ERASED_NAME = "Former member";

    @Id
    private String id;

    @Column(name = "display_name")
    private String displayName;

    private String email;
    private String headline;
    private String bio;
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_stage")
    private CareerStage careerStage;

    private String location;

    @Column(name = "time_zone")
    private String timeZone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> skills = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> topics = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> languages = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "open_to", columnDefinition = "text[]")
    private List<String> openTo = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "field_visibility", columnDefinition = "jsonb")
    private Map<String, String> fieldVisibility = new HashMap<>();

    private String tier;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "status_reason")
    private String statusReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_suspension")
    private MembershipStatus statusBeforeSuspension;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    protected Member() {}

    /**
     * A person joins a tier: at once {@code ACTIVE} for its duration, or {@code PENDING} an admin's approval where
     * the tier needs it.
     */
    public static Member join(String id, String email, Profile profile, Tier tier, Instant now) {
        Member member = new Member();
        member.id = id;
        member.email = email;
        member.tier = tier.code();
        member.joinedAt = now;
        if (tier.requiresApproval()) {
            member.status = MembershipStatus.PENDING;
            member.statusReason = "Applied for " + tier.name() + "; awaiting approval";
        } else {
            member.status = MembershipStatus.ACTIVE;
            member.expiresAt = tier.expiryFrom(now);
            member.statusReason = "Joined as " + tier.name();
        }
        member.apply(profile, now);
        return member;
    }

    /**
     * A person an import file names (issue 16): a membership as the association kept it before Guildhall, under an id of
     * its own until the person signs up and claims it. Its joining date, tier, status and expiry are the file's; without
     * an expiry an active membership runs the tier's duration from today.
     */
    public static Member importFrom(
            String id, ImportedMembership imported, Tier tier, Duration gracePeriod, Instant now) {
        Member member = new Member();
        member.id = id;
        member.email = imported.email();
        member.tier = tier.code();
        member.joinedAt = imported.joinedAt(now);
        Instant expiry = imported.statedExpiry();
        if (expiry == null && (imported.status() == null || "ACTIVE".equals(imported.status()))) {
            expiry = tier.expiryFrom(now);
        }
        member.expiresAt = expiry;
        member.status = imported.statusFor(expiry, gracePeriod, now);
        if (member.status == MembershipStatus.SUSPENDED) {
            member.statusBeforeSuspension = ImportedMembership.byDates(expiry, gracePeriod, now);
        }
        member.statusReason = "Imported as " + tier.name();
        member.apply(
                Profile.basics(imported.displayName(), imported.headline(), imported.location(), imported.timeZone()),
                now);
        return member;
    }

    /**
     * An import file's word on an existing member's tier, status and expiry; nothing when it states what holds
     * already ({@link ImportedMembership#changes}).
     */
    public Optional<StatusTransition> adopt(
            ImportedMembership imported, Tier newTier, Duration gracePeriod, Instant now) {
        requireNotErased();
        String tierCode = newTier == null ? tier : newTier.code();
        Instant expiry = imported.expiresOn() == null ? expiresAt : imported.statedExpiry();
        MembershipStatus to = imported.status() == null ? status : imported.statusFor(expiry, gracePeriod, now);
        if (tierCode.equals(tier) && java.util.Objects.equals(expiry, expiresAt) && to == status) {
            return Optional.empty();
        }
        if (to == MembershipStatus.SUSPENDED && status != MembershipStatus.SUSPENDED) {
            statusBeforeSuspension = status;
        } else if (to != MembershipStatus.SUSPENDED) {
            statusBeforeSuspension = null;
        }
        tier = tierCode;
        return Optional.of(moveTo(to, expiry, "Updated by an import", now));
    }

    /** The name an import file gives the member; whether it differs from theirs. */
    public boolean rename(String name, Instant now) {
        requireNotErased();
        if (name == null || name.strip().equals(displayName)) {
            return false;
        }
        displayName = name.strip();
        updatedAt = now;
        return true;
    }

    /** The transition that {@link #join} made, for the member's history. */
    public StatusTransition joinTransition() {
        return new StatusTransition(null, status, tier, expiresAt, statusReason, joinedAt);
    }

    public StatusTransition approve(Tier tierApplied, Instant now) {
        requireStatus("approve", MembershipStatus.PENDING);
        return moveTo(MembershipStatus.ACTIVE, tierApplied.expiryFrom(now), "Approved", now);
    }

    /** An application an admin turns down: it ends, with the reason kept in the history; the person may apply again. */
    public StatusTransition reject(String reason, Instant now) {
        requireStatus("reject", MembershipStatus.PENDING);
        return moveTo(MembershipStatus.LAPSED, expiresAt, reason, now);
    }

    /**
     * A renewal: an active or grace membership runs on from its current expiry (no gap, no free time), a lapsed one
     * from now.
     */
    public StatusTransition renew(Tier currentTier, Instant now) {
        requireStatus("renew", MembershipStatus.ACTIVE, MembershipStatus.GRACE, MembershipStatus.LAPSED);
        Instant from = status == MembershipStatus.LAPSED || expiresAt == null ? now : expiresAt;
        return moveTo(MembershipStatus.ACTIVE, currentTier.expiryFrom(from), "Renewed", now);
    }

    public StatusTransition changeTier(Tier newTier, String reason, Instant now) {
        requireNotErased();
        if (newTier.code().equals(tier)) {
            throw ProblemException.conflict("tier-unchanged", "The membership is already in tier " + tier);
        }
        String previous = tier;
        tier = newTier.code();
        return moveTo(status, expiresAt, reasonOr(reason, "Tier changed from " + previous + " to " + tier), now);
    }

    public StatusTransition suspend(String reason, Instant now) {
        requireStatus("suspend", MembershipStatus.ACTIVE, MembershipStatus.GRACE, MembershipStatus.LAPSED);
        statusBeforeSuspension = status;
        return moveTo(MembershipStatus.SUSPENDED, expiresAt, reason, now);
    }

    /** Ends a suspension: the membership takes the status its dates give it now. */
    public StatusTransition reinstate(String reason, Duration gracePeriod, Instant now) {
        requireStatus("reinstate", MembershipStatus.SUSPENDED);
        statusBeforeSuspension = null;
        return moveTo(statusByDates(gracePeriod, now), expiresAt, reasonOr(reason, "Reinstated"), now);
    }

    /** What the scheduled expiry does: past expiry into grace, past grace into lapsed. */
    public Optional<StatusTransition> expire(Duration gracePeriod, Instant now) {
        if (status != MembershipStatus.ACTIVE && status != MembershipStatus.GRACE) {
            return Optional.empty();
        }
        MembershipStatus due = statusByDates(gracePeriod, now);
        if (due == status) {
            return Optional.empty();
        }
        String reason = due == MembershipStatus.GRACE
                ? "Membership expired; within the grace period"
                : "Membership lapsed after the grace period";
        return Optional.of(moveTo(due, expiresAt, reason, now));
    }

    public void updateProfile(Profile profile, Instant now) {
        requireNotErased();
        apply(profile, now);
    }

    /**
     * Erases the person: their profile and contact go, the membership record stays, anonymised, for the
     * association's books. A current membership ends.
     */
    public Optional<StatusTransition> erase(Instant now) {
        requireNotErased();
        displayName = ERASED_NAME;
        email = null;
        headline = null;
        bio = null;
        industry = null;
        careerStage = null;
        location = null;
        timeZone = null;
        skills = List.of();
        topics = List.of();
        languages = List.of();
        openTo = List.of();
        fieldVisibility = new HashMap<>();
        erasedAt = now;
        updatedAt = now;
        if (status == MembershipStatus.LAPSED) {
            return Optional.empty();
        }
        statusBeforeSuspension = null;
        return Optional.of(moveTo(MembershipStatus.LAPSED, expiresAt, "Erased at the member's request", now));
    }

    private MembershipStatus statusByDates(Duration gracePeriod, Instant now) {
        if (expiresAt == null || expiresAt.isAfter(now)) {
            return MembershipStatus.ACTIVE;
        }
        return expiresAt.plus(gracePeriod).isAfter(now) ? MembershipStatus.GRACE : MembershipStatus.LAPSED;
    }

    private StatusTransition moveTo(MembershipStatus to, Instant newExpiry, String reason, Instant now) {
        MembershipStatus from = status;
        status = to;
        expiresAt = newExpiry;
        statusReason = reason;
        updatedAt = now;
        return new StatusTransition(from, to, tier, expiresAt, reason, now);
    }

    private void requireStatus(String action, MembershipStatus... allowed) {
        requireNotErased();
        Set<MembershipStatus> permitted = EnumSet.copyOf(List.of(allowed));
        if (!permitted.contains(status)) {
            throw ProblemException.conflict(
                    "transition-not-allowed",
                    "Cannot " + action + " a membership that is " + status + "; only one that is " + permitted);
        }
    }

    private void requireNotErased() {
        if (erasedAt != null) {
            throw ProblemException.conflict("member-erased", "Member " + id + " was erased");
        }
    }

    private static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }

    private void apply(Profile profile, Instant now) {
        displayName = profile.displayName().strip();
        headline = profile.headline();
        bio = profile.bio();
        industry = profile.industry();
        careerStage = profile.careerStage();
        location = profile.location();
        timeZone = profile.timeZone();
        skills = profile.skills();
        topics = profile.topics();
        languages = profile.languages();
        openTo = profile.openTo().stream().map(Enum::name).sorted().toList();
        fieldVisibility = new HashMap<>();
        profile.visibility().forEach((field, visibility) -> fieldVisibility.put(field.name(), visibility.name()));
        updatedAt = now;
    }

    public Profile profile() {
        Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);
        fieldVisibility.forEach(
                (field, shown) -> visibility.put(ProfileField.valueOf(field), Visibility.valueOf(shown)));
        Set<OpenTo> open = EnumSet.noneOf(OpenTo.class);
        openTo.forEach(value -> open.add(OpenTo.valueOf(value)));
        return new Profile(
                displayName,
                headline,
                bio,
                industry,
                careerStage,
                location,
                timeZone,
                skills,
                topics,
                languages,
                open,
                visibility);
    }

    public MemberJoined joined() {
        return new MemberJoined(
                id, displayName, email, headline, location, timeZone, tier, status.name(), joinedAt, visibility());
    }

    /** Who the member lets see each field, by the field's JSON name, as the events tell the other services. */
    private Map<String, String> visibility() {
        Map<String, String> published = new TreeMap<>();
        profile().effectiveVisibility().forEach((field, shown) -> published.put(field.jsonName(), shown.name()));
        return published;
    }

    public MemberProfileUpdated profileUpdated(List<MemberProfileUpdated.Goal> goals) {
        return new MemberProfileUpdated(
                id,
                displayName,
                email,
                headline,
                location,
                timeZone,
                industry,
                careerStage == null ? null : careerStage.name(),
                skills,
                topics,
                languages,
                openTo,
                goals,
                updatedAt,
                visibility());
    }

    public boolean isErased() {
        return erasedAt != null;
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

    public String tier() {
        return tier;
    }

    public MembershipStatus status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public long version() {
        return version;
    }
}
