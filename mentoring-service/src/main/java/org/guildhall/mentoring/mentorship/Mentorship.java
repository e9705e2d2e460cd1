package org.guildhall.mentoring.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.mentoring.MentorshipAccepted;
import org.guildhall.contracts.mentoring.MentorshipCompleted;
import org.guildhall.contracts.mentoring.MentorshipEnded;
import org.guildhall.kit.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mentor and a mentee working together: {@code ACTIVE} until either completes or ends it. */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    @Id
    private UUID id;

    @Column(name = "mentor_id")
    private String mentorId;

    @Column(name = "mentee_id")
    private String menteeId;

    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "programme_id")
    private UUID programmeId;

    @Enumerated(EnumType.STRING)
    private MentorshipStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<MentorshipGoal> goals;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_reason")
    private String endReason;

    private String feedback;

    @Version
    private long version;

    protected Mentorship() {}

    static Mentorship fromRequest(MentorshipRequest request, Instant now) {
        Mentorship mentorship = start(request.mentorId(), request.menteeId(), request.goals(), now);
        mentorship.requestId = request.id();
        return mentorship;
    }

    /** A cohort programme paired them. */
    public static Mentorship fromProgramme(
            UUID programmeId, String mentorId, String menteeId, List<String> goals, Instant now) {
        Mentorship mentorship = start(mentorId, menteeId, goals, now);
        mentorship.programmeId = programmeId;
        return mentorship;
    }

    private static Mentorship start(String mentorId, String menteeId, List<String> goals, Instant now) {
        Mentorship mentorship = new Mentorship();
        mentorship.id = UUID.randomUUID();
        mentorship.mentorId = mentorId;
        mentorship.menteeId = menteeId;
        mentorship.status = MentorshipStatus.ACTIVE;
        mentorship.goals =
                goals.stream().map(goal -> new MentorshipGoal(goal, null)).toList();
        mentorship.startedAt = now;
        return mentorship;
    }

    /** It reached its end as planned; either side may say so, with feedback. */
    public void complete(String by, String feedback, Instant now) {
        requireActiveParty(by);
        status = MentorshipStatus.COMPLETED;
        this.feedback = feedback;
        endedBy = by;
        endedAt = now;
    }

    /** Either side ends it early. */
    public void end(String by, String reason, String feedback, Instant now) {
        requireActiveParty(by);
        status = MentorshipStatus.ENDED;
        endReason = reason;
        this.feedback = feedback;
        endedBy = by;
        endedAt = now;
    }

    public MentorshipSession logSession(
            String by, LocalDate date, int durationMinutes, List<String> topics, String privateNotes, Instant now) {
        requireActiveParty(by);
        return MentorshipSession.log(id, by, date, durationMinutes, topics, privateNotes, now);
    }

    /** The pair made progress on one of their goals; a goal not yet listed joins the list. */
    public void progressGoal(String by, String goal, Instant now) {
        requireActiveParty(by);
        List<MentorshipGoal> updated = new ArrayList<>();
        boolean found = false;
        for (MentorshipGoal existing : goals) {
            if (existing.description().equals(goal)) {
                updated.add(new MentorshipGoal(goal, now));
                found = true;
            } else {
                updated.add(existing);
            }
        }
        if (!found) {
            updated.add(new MentorshipGoal(goal, now));
        }
        goals = List.copyOf(updated);
    }

    public boolean hasParty(String memberId) {
        return mentorId.equals(memberId) || menteeId.equals(memberId);
    }

    public void requireParty(String memberId) {
        if (!hasParty(memberId)) {
            throw ProblemException.forbidden("Only the mentor and the mentee of this mentorship may do this");
        }
    }

    private void requireActiveParty(String memberId) {
        requireParty(memberId);
        if (status != MentorshipStatus.ACTIVE) {
            throw ProblemException.conflict(
                    "mentorship-not-active",
                    "Mentorship " + id + " is " + status.name().toLowerCase());
        }
    }

    public MentorshipAccepted accepted() {
        return new MentorshipAccepted(
                id.toString(),
                requestId == null ? null : requestId.toString(),
                programmeId == null ? null : programmeId.toString(),
                mentorId,
                menteeId,
                startedAt);
    }

    public MentorshipCompleted completed() {
        return new MentorshipCompleted(id.toString(), mentorId, menteeId, endedAt);
    }

    public MentorshipEnded ended() {
        return new MentorshipEnded(id.toString(), mentorId, menteeId, endedBy, endReason, endedAt);
    }

    public UUID id() {
        return id;
    }

    public String mentorId() {
        return mentorId;
    }

    public String menteeId() {
        return menteeId;
    }

    public UUID requestId() {
        return requestId;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public MentorshipStatus status() {
        return status;
    }

    public List<MentorshipGoal> goals() {
        return goals;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public String endReason() {
        return endReason;
    }

    public String feedback() {
        return feedback;
    }
}
