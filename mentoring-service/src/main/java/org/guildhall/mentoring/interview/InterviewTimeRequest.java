package org.guildhall.mentoring.interview;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A time for the interview: the one accepted, or another one proposed. */
public record InterviewTimeRequest(@NotNull Instant time) {}
