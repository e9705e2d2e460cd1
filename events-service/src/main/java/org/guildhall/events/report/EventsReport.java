package org.guildhall.events.report;

import java.time.Instant;
import java.util.List;

/**
 * The events that start in a period (published, completed or cancelled; drafts are not counted), each with its
 * confirmed seats against capacity, its attendance ({@code checkedIn} of {@code confirmed}, {@code null} when nobody
 * is confirmed) and its seat offers (made, claimed); the period's waitlist conversion is claimed of made.
 */
public record EventsReport(
        String from,
        String to,
        List<EventLine> events,
        long offersMade,
        long offersClaimed,
        Double waitlistConversion) {

    public record EventLine(
            String id,
            String title,
            Instant startsAt,
            String status,
            int capacity,
            long confirmed,
            long waitlisted,
            long checkedIn,
            Double attendanceRate,
            long offersMade,
            long offersClaimed) {}

    /** Seats held (confirmed) at the end of each day before an event, against its capacity. */
    public record RegistrationsOverTime(String eventId, String title, int capacity, List<Day> days) {}

    public record Day(String day, long confirmed) {}
}
