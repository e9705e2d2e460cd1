package org.guildhall.members.goal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.guildhall.kit.edge.MultiLine;

public record SetGoalRequest(
        @NotNull NetworkingGoal.Kind kind, @Size(max = 500) @MultiLine String description, LocalDate targetDate) {}
