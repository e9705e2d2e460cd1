package org.guildhall.contracts.events;

import java.time.Instant;

/** An offered seat was not claimed in time and passes on. */
public record SeatOfferExpired(
        String registrationId, String eventId, String memberId, String eventTitle, Instant expiredAt) {}
