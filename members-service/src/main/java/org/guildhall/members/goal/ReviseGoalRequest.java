package org.guildhall.members.goal;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.guildhall.kit.edge.MultiLine;

/** New words and date for a goal, and optionally its new status (achieved, abandoned, open again). */
public record ReviseGoalRequest(
        @Size(max = 500) @MultiLine String description, LocalDate targetDate, NetworkingGoal.Status status) {}
