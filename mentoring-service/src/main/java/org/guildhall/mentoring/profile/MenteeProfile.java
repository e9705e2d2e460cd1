package org.guildhall.mentoring.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.guildhall.mentoring.fit.Offer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member who looks for a mentor: their goals, what they want, and their hard requirements. */
@Entity
@Table(name = "mentee_profile")
public class MenteeProfile {

    @Id
    @Column(name = "member_id")
    private String memberId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> goals;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> topics;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> industries;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> languages;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Offer> seeking;

    @Column(name = "must_share_language")
    private boolean mustShareLanguage;

    @Column(name = "max_hours_apart")
    private Integer maxHoursApart;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected MenteeProfile() {}

    public static MenteeProfile declare(String memberId, MenteeTerms terms, Instant now) {
        MenteeProfile profile = new MenteeProfile();
        profile.memberId = memberId;
        profile.revise(terms, now);
        return profile;
    }

    public void revise(MenteeTerms terms, Instant now) {
        goals = List.copyOf(terms.goals());
        topics = List.copyOf(terms.topics());
        industries = List.copyOf(terms.industries());
        languages = List.copyOf(terms.languages());
        seeking = List.copyOf(terms.seeking());
        mustShareLanguage = terms.mustShareLanguage();
        maxHoursApart = terms.maxHoursApart();
        updatedAt = now;
    }

    public String memberId() {
        return memberId;
    }

    public List<String> goals() {
        return goals;
    }

    public List<String> topics() {
        return topics;
    }

    public List<String> industries() {
        return industries;
    }

    public List<String> languages() {
        return languages;
    }

    public List<Offer> seeking() {
        return seeking;
    }

    public boolean mustShareLanguage() {
        return mustShareLanguage;
    }

    public Integer maxHoursApart() {
        return maxHoursApart;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Moves with every change (terms and, for a mentor, the mentees they take): the profile's {@code ETag}. */
    public long version() {
        return version;
    }
}
