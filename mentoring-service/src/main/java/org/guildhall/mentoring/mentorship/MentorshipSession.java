package org.guildhall.mentoring.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.mentoring.MentorshipSessionLogged;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting of the pair; its private notes never leave the pair (nor this service). */
@Entity
@Table(name = "mentorship_session")
public class MentorshipSession {

    @Id
    private UUID id;

    @Column(name = "mentorship_id")
    private UUID mentorshipId;

    @Column(name = "session_date")
    private LocalDate sessionDate;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> topics;

    @Column(name = "private_notes")
    private String privateNotes;

    @Column(name = "logged_by")
    private String loggedBy;

    @Column(name = "logged_at")
    private Instant loggedAt;

    protected MentorshipSession() {}

    static MentorshipSession log(
            UUID mentorshipId,
            String by,
            LocalDate date,
            int durationMinutes,
            List<String> topics,
            String privateNotes,
            Instant now) {
        MentorshipSession session = new MentorshipSession();
        session.id = UUID.randomUUID();
        session.mentorshipId = mentorshipId;
        session.sessionDate = date;
        session.durationMinutes = durationMinutes;
        session.topics = List.copyOf(topics);
        session.privateNotes = privateNotes;
        session.loggedBy = by;
        session.loggedAt = now;
        return session;
    }

    public MentorshipSessionLogged logged(Mentorship mentorship) {
        return new MentorshipSessionLogged(
                mentorship.id().toString(),
                mentorship.mentorId(),
                mentorship.menteeId(),
                sessionDate,
                durationMinutes,
                topics,
                loggedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID mentorshipId() {
        return mentorshipId;
    }

    public LocalDate sessionDate() {
        return sessionDate;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public List<String> topics() {
        return topics;
    }

    public String privateNotes() {
        return privateNotes;
    }

    public String loggedBy() {
        return loggedBy;
    }

    public Instant loggedAt() {
        return loggedAt;
    }
}
