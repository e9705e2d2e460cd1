package org.guildhall.contracts.events;

import java.time.Instant;

/**
 * A coordinator moved a volunteer shift: its start or end changed. Everyone holding a place on it keeps it; the
 * times before the change are {@code previousStartsAt} and {@code previousEndsAt}. {@code roleName} is the shift's role
 * as it is now.
 */
public record ShiftRescheduled(
        String shiftId,
        String eventId,
        String roleName,
        Instant startsAt,
        Instant endsAt,
        Instant previousStartsAt,
        Instant previousEndsAt,
        Instant rescheduledAt) {}
