package org.guildhall.members.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record SetGoalRequest(
        @NotNull NetworkingGoal.Kind kind, @Size(max = 500) String description, LocalDate targetDate) {}
