package org.guildhall.mentoring.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.fit.Offer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member who mentors: what they offer and how many mentees they take at once. */
@Entity
@Table(name = "mentor_profile")
public class MentorProfile {

    @Id
    @Column(name = "member_id")
    private String memberId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> topics;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> industries;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Offer> offers;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> languages;

    @Column(name = "time_zone")
    private String timeZone;

    private int capacity;

    @Column(name = "active_mentees")
    private int activeMentees;

    @Column(name = "accepting_requests")
    private boolean acceptingRequests;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected MentorProfile() {}

    public static MentorProfile publish(String memberId, MentorTerms terms, Instant now) {
        MentorProfile profile = new MentorProfile();
        profile.memberId = memberId;
        profile.apply(terms, now);
        return profile;
    }

    /** New terms; the capacity may not drop below the mentees the mentor already has. */
    public void revise(MentorTerms terms, Instant now) {
        if (terms.capacity() < activeMentees) {
            throw ProblemException.conflict(
                    "capacity-below-active-mentees",
                    "capacity: " + terms.capacity() + " is below your " + activeMentees + " active mentees");
        }
        apply(terms, now);
    }

    /** Whether a mentee may ask this mentor now. */
    public void requireOpenToRequests() {
        if (!acceptingRequests) {
            throw ProblemException.conflict("mentor-not-accepting", "This mentor does not accept requests now");
        }
        if (atCapacity()) {
            throw ProblemException.conflict("mentor-at-capacity", "This mentor has no room for another mentee");
        }
    }

    /** The mentor accepted a mentee: they take one of their places, never beyond capacity. */
    public void takeMentee() {
        if (atCapacity()) {
            throw ProblemException.conflict(
                    "mentor-at-capacity", "You already mentor " + activeMentees + " of your " + capacity + " mentees");
        }
        activeMentees++;
    }

    /**
     * A cohort programme paired them: the mentor gave the programme its own capacity when enrolling, so this counts
     * the mentee without checking the personal one.
     */
    public void takeCohortMentee() {
        activeMentees++;
    }

    /** A mentorship finished: the place is free again. */
    public void releaseMentee() {
        activeMentees = Math.max(0, activeMentees - 1);
    }

    public boolean atCapacity() {
        return activeMentees >= capacity;
    }

    private void apply(MentorTerms terms, Instant now) {
        topics = List.copyOf(terms.topics());
        industries = List.copyOf(terms.industries());
        offers = List.copyOf(terms.offers());
        languages = List.copyOf(terms.languages());
        timeZone = terms.timeZone();
        capacity = terms.capacity();
        acceptingRequests = terms.acceptingRequests();
        updatedAt = now;
    }

    public String memberId() {
        return memberId;
    }

    public List<String> topics() {
        return topics;
    }

    public List<String> industries() {
        return industries;
    }

    public List<Offer> offers() {
        return offers;
    }

    public List<String> languages() {
        return languages;
    }

    public String timeZone() {
        return timeZone;
    }

    public int capacity() {
        return capacity;
    }

    public int activeMentees() {
        return activeMentees;
    }

    public boolean acceptingRequests() {
        return acceptingRequests;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Moves with every change (terms and, for a mentor, the mentees they take): the profile's {@code ETag}. */
    public long version() {
        return version;
    }
}
