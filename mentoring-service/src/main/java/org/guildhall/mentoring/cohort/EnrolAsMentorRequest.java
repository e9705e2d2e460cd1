package org.guildhall.mentoring.cohort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A mentor enrols with the number of mentees they take in this programme. */
public record EnrolAsMentorRequest(@NotNull @Min(1) @Max(20) Integer capacity) {}
