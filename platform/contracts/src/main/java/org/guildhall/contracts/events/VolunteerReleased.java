package org.guildhall.contracts.events;

import java.time.Instant;

/** A member no longer holds a place on a shift. */
public record VolunteerReleased(
        String shiftId, String eventId, String memberId, String roleName, Instant startsAt, Instant releasedAt) {}
