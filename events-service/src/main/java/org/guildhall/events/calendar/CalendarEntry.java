package org.guildhall.events.calendar;

import java.time.Instant;

/** One VEVENT of a calendar: an event one is registered for, or a volunteer shift. */
public record CalendarEntry(
        String uid,
        String summary,
        Instant startsAt,
        Instant endsAt,
        String location,
        String description,
        String status,
        Instant stamp) {}
