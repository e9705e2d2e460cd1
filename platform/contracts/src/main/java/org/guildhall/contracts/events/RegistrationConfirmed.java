package org.guildhall.contracts.events;

import java.time.Instant;

/** A member holds a seat. */
public record RegistrationConfirmed(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        Instant eventStartsAt,
        Instant confirmedAt) {}
