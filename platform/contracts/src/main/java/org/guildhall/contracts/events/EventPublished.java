package org.guildhall.contracts.events;

import java.time.Instant;

/** A coordinator published an event; members can now register. */
public record EventPublished(
        String eventId,
        String title,
        String type,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        String onlineUrl,
        int capacity,
        Instant publishedAt) {}
