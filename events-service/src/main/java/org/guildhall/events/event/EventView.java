package org.guildhall.events.event;

import java.time.Instant;
import java.util.List;

/** An event as the API shows it. */
public record EventView(
        String id,
        String title,
        String description,
        EventKind type,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        String onlineUrl,
        int capacity,
        int seatsTaken,
        int seatsLeft,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        boolean membersOnly,
        List<String> allowedTiers,
        SeatRelease seatRelease,
        int offerClaimHours,
        EventStatus status,
        String cancellationReason,
        Instant publishedAt) {

    static EventView of(Event event) {
        return new EventView(
                event.id().toString(),
                event.title(),
                event.description(),
                event.kind(),
                event.startsAt(),
                event.endsAt(),
                event.timeZone(),
                event.venue(),
                event.onlineUrl(),
                event.capacity(),
                event.seatsTaken(),
                event.capacity() - event.seatsTaken(),
                event.registrationOpensAt(),
                event.registrationClosesAt(),
                event.membersOnly(),
                event.allowedTiers(),
                event.seatRelease(),
                event.offerClaimHours(),
                event.status(),
                event.cancellationReason(),
                event.publishedAt());
    }
}
