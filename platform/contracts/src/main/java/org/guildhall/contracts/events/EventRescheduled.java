package org.guildhall.contracts.events;

import java.time.Instant;

/** A published event moved; every registrant and volunteer is told. */
public record EventRescheduled(
        String eventId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        Instant previousStartsAt,
        Instant previousEndsAt,
        Instant rescheduledAt) {}
