package org.guildhall.members.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A networking goal, with what the platform has seen the member do since they set it. */
public record GoalView(
        UUID id,
        NetworkingGoal.Kind kind,
        String description,
        LocalDate targetDate,
        NetworkingGoal.Status status,
        Instant createdAt,
        Progress progress) {

    /** Counted from the goal's creation. */
    public record Progress(
            long connectionsMade, long eventsAttended, long mentorshipsStarted, BigDecimal volunteerHours) {}

    static GoalView of(NetworkingGoal goal, Progress progress) {
        return new GoalView(
                goal.id(),
                goal.kind(),
                goal.description(),
                goal.targetDate(),
                goal.status(),
                goal.createdAt(),
                progress);
    }
}
