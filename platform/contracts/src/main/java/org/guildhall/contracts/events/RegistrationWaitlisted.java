package org.guildhall.contracts.events;

import java.time.Instant;

/** The event was full; the member waits at a position. */
public record RegistrationWaitlisted(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        int position,
        Instant waitlistedAt) {}
