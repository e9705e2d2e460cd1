package org.guildhall.mentoring.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Pin or forbid a pair. */
public record PairRuleRequest(
        @NotBlank @Size(max = 255) String mentorId,
        @NotBlank @Size(max = 255) String menteeId,
        @NotNull PairRule.Kind rule) {}
