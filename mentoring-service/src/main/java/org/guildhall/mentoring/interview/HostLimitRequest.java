package org.guildhall.mentoring.interview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many informational interviews a member hosts a month (0: none). */
public record HostLimitRequest(@NotNull @Min(0) @Max(30) Integer monthlyLimit) {}
