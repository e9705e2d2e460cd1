package org.guildhall.mentoring.mentorship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The pair made progress on a goal. */
public record ProgressGoalRequest(@NotBlank @Size(max = 200) String goal) {}
