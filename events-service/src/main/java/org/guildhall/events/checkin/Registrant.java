package org.guildhall.events.checkin;

import java.time.Instant;

/**
 * A registration with the registrant's name, for the coordinator's registration list and the door: {@code position}
 * is the waitlist place (1 = next) of a waiting registrant, else null.
 */
public record Registrant(
        String registrationId,
        String memberId,
        String displayName,
        String status,
        Integer position,
        long arrival,
        Instant registeredAt,
        Instant claimBy,
        Instant endedAt,
        String endReason,
        Instant checkedInAt) {}
