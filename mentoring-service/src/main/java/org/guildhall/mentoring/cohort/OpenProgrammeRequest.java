package org.guildhall.mentoring.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A coordinator opens a programme with its enrolment window. */
public record OpenProgrammeRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Instant enrolmentOpensAt,
        @NotNull Instant enrolmentClosesAt) {}
