package org.guildhall.members.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.kit.problem.ProblemException;

/** Something a member wants from their network, by a date. */
@Entity
@Table(name = "networking_goal")
public class NetworkingGoal {

    public enum Kind {
        FIND_MENTOR,
        EXPLORE_CAREER_PATH,
        EXPAND_INDUSTRY_REACH,
        FIND_COLLABORATORS,
        VOLUNTEER,
        /** In the member's own words only. */
        OWN_WORDS
    }

    public enum Status {
        OPEN,
        ACHIEVED,
        ABANDONED
    }

    @Id
    private UUID id;

    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String description;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected NetworkingGoal() {}

    public static NetworkingGoal set(
            String memberId, Kind kind, String description, LocalDate targetDate, Instant now) {
        requireWords(kind, description);
        NetworkingGoal goal = new NetworkingGoal();
        goal.id = UUID.randomUUID();
        goal.memberId = memberId;
        goal.kind = kind;
        goal.description = description;
        goal.targetDate = targetDate;
        goal.status = Status.OPEN;
        goal.createdAt = now;
        return goal;
    }

    public void revise(String newDescription, LocalDate newTargetDate) {
        requireWords(kind, newDescription);
        description = newDescription;
        targetDate = newTargetDate;
    }

    public void achieve() {
        requireOpen("achieved");
        status = Status.ACHIEVED;
    }

    public void abandon() {
        requireOpen("abandoned");
        status = Status.ABANDONED;
    }

    public void reopen() {
        if (status == Status.OPEN) {
            throw ProblemException.conflict("goal-open", "The goal is open already");
        }
        status = Status.OPEN;
    }

    /** Moves the goal to {@code wanted}, by the verb that leads there. */
    public void moveTo(Status wanted) {
        if (wanted == null || wanted == status) {
            return;
        }
        switch (wanted) {
            case ACHIEVED -> achieve();
            case ABANDONED -> abandon();
            case OPEN -> reopen();
        }
    }

    private void requireOpen(String outcome) {
        if (status != Status.OPEN) {
            throw ProblemException.conflict(
                    "goal-closed", "Only an open goal can be marked " + outcome + "; this one is " + status);
        }
    }

    private static void requireWords(Kind kind, String description) {
        if (kind == Kind.OWN_WORDS && (description == null || description.isBlank())) {
            throw ProblemException.badRequest("goal-needs-words", "description: a goal in your own words needs them");
        }
    }

    MemberProfileUpdated.Goal published() {
        return new MemberProfileUpdated.Goal(id.toString(), kind.name(), description, targetDate, status.name());
    }

    public UUID id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
