package org.guildhall.notifications.vocabulary;

import java.time.Instant;

/**
 * What a notice puts in the member's calendar (its e-mail attaches it as an {@code .ics} file): the same VEVENT the
 * events service publishes in its calendars, with the same {@code uid}, so a calendar that holds both keeps one.
 */
public record CalendarEntry(
        String uid, String summary, Instant startsAt, Instant endsAt, String location, String description) {}
