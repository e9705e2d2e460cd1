package org.guildhall.notifications.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mentoring pair and since when it has been quiet; kept from guildhall.mentoring for check-ins. */
@Entity
@Table(name = "mentorship_pair")
public class Mentorship {

    public static final String ACTIVE = "ACTIVE";
    public static final String COMPLETED = "COMPLETED";
    public static final String ENDED = "ENDED";

    @Id
    @Column(name = "mentorship_id")
    private String mentorshipId;

    @Column(name = "mentor_id")
    private String mentorId;

    @Column(name = "mentee_id")
    private String menteeId;

    private String status;

    @Column(name = "quiet_since")
    private Instant quietSince;

    protected Mentorship() {}

    public static Mentorship begin(String mentorshipId, String mentorId, String menteeId, Instant acceptedAt) {
        Mentorship mentorship = new Mentorship();
        mentorship.mentorshipId = mentorshipId;
        mentorship.mentorId = mentorId;
        mentorship.menteeId = menteeId;
        mentorship.status = ACTIVE;
        mentorship.quietSince = acceptedAt;
        return mentorship;
    }

    /** A session resets the quiet period; an older session than one already known does not. */
    public void sessionLogged(Instant loggedAt) {
        if (loggedAt.isAfter(quietSince)) {
            quietSince = loggedAt;
        }
    }

    public void complete() {
        status = COMPLETED;
    }

    public void end() {
        status = ENDED;
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public String mentorshipId() {
        return mentorshipId;
    }

    public String mentorId() {
        return mentorId;
    }

    public String menteeId() {
        return menteeId;
    }

    public Instant quietSince() {
        return quietSince;
    }
}
