package org.guildhall.contracts.events;

import java.time.Instant;

/** A registration ended: by the member, or because the event was cancelled. */
public record RegistrationCancelled(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        String reason,
        Instant cancelledAt) {}
