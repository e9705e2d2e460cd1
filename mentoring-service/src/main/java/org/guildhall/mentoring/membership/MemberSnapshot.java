package org.guildhall.mentoring.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    private String industry;

    @Column(name = "career_stage")
    private String careerStage;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> skills = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> topics = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> languages = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "open_to")
    private List<String> openTo = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<MemberGoal> goals = List.of();

    /** Field (JSON name) to PUBLIC, MEMBERS or PRIVATE; null until members-service has told us. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> visibility;

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
        snapshot.visibility = joined.visibility() == null ? null : new HashMap<>(joined.visibility());
        snapshot.updatedAt = joined.joinedAt();
        return snapshot;
    }

    /**
     * A status change for a member whose joining this read model never saw: it carries the standing mentoring decides
     * on, so the member becomes known (docs/messaging.md, read models); their profile comes with its next update.
     */
    public static MemberSnapshot fromStatusChange(MembershipStatusChanged changed) {
        MemberSnapshot snapshot = new MemberSnapshot();
        snapshot.memberId = changed.memberId();
        snapshot.statusChanged(changed);
        return snapshot;
    }

    public void profileUpdated(MemberProfileUpdated updated) {
        displayName = updated.displayName();
        headline = updated.headline();
        timeZone = updated.timeZone();
        industry = updated.industry();
        careerStage = updated.careerStage();
        skills = listOf(updated.skills());
        topics = listOf(updated.topics());
        languages = listOf(updated.languages());
        openTo = listOf(updated.openTo());
        goals = updated.goals() == null
                ? List.of()
                : updated.goals().stream()
                        .filter(Objects::nonNull)
                        .map(goal -> new MemberGoal(goal.goalId(), goal.kind(), goal.description(), goal.status()))
                        .toList();
        if (updated.visibility() != null) {
            visibility = new HashMap<>(updated.visibility());
        }
        updatedAt = updated.updatedAt();
    }

    /** The membership moved on; only an {@code ACTIVE} member can mentor, be mentored or be suggested. */
    public void statusChanged(MembershipStatusChanged changed) {
        status = changed.to();
        updatedAt = changed.changedAt();
    }

    /**
     * Whether the member is in good standing: {@code ACTIVE} or {@code GRACE} (past expiry, within the grace period),
     * members-service's rule (docs/glossary.md, good standing).
     */
    public boolean active() {
        return "ACTIVE".equals(status) || "GRACE".equals(status);
    }

    /**
     * Whether a caller who sees up to {@code audience} may see {@code field} (its JSON name in members-service:
     * {@code headline}, {@code careerStage}, {@code goals}, ...). Without the member's word, members-service's default
     * applies: members only.
     */
    public boolean shows(String field, Visibility audience) {
        return visibilityOf(field).shownTo(audience);
    }

    /** Who the member lets see {@code field}; members only until members-service says otherwise. */
    public Visibility visibilityOf(String field) {
        String chosen = visibility == null ? null : visibility.get(field);
        return chosen == null ? Visibility.MEMBERS : Visibility.parse(chosen);
    }

    /** {@code value} when the caller may see {@code field}, else null. */
    public <T> T shown(String field, Visibility audience, T value) {
        return shows(field, audience) ? value : null;
    }

    private static List<String> listOf(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).toList();
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

    public String industry() {
        return industry;
    }

    public String careerStage() {
        return careerStage;
    }

    public List<String> skills() {
        return skills;
    }

    public List<String> topics() {
        return topics;
    }

    public List<String> languages() {
        return languages;
    }

    public List<String> openTo() {
        return openTo;
    }

    public List<MemberGoal> goals() {
        return goals;
    }
}
