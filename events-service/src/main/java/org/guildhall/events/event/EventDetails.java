package org.guildhall.events.event;

import java.time.Instant;
import java.util.List;

/** What a coordinator decides about an event, checked as a whole by {@link Event}. */
public record EventDetails(
        String title,
        String description,
        EventKind kind,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        String onlineUrl,
        int capacity,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        boolean membersOnly,
        List<String> allowedTiers,
        SeatRelease seatRelease,
        int offerClaimHours) {}
