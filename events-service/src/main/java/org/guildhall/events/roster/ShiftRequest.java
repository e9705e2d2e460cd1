package org.guildhall.events.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A shift of a role: when, and how many volunteers it needs. */
public record ShiftRequest(
        @NotNull UUID roleId,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotNull @Min(1) @Max(1000) Integer needed) {}
