package org.guildhall.contracts.events;

import java.time.Instant;

/** A shift took place; its volunteers are credited with its hours. */
public record VolunteerShiftCompleted(
        String shiftId, String eventId, String memberId, String roleName, double hours, Instant completedAt) {}
