package org.guildhall.web.coordinator;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A coordinator types an event's times as the clock reads where it happens ({@code datetime-local} fields) and names
 * that place's IANA zone; events-service takes UTC instants. These convert one to the other, both ways.
 */
final class LocalTimes {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private LocalTimes() {}

    static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A field's local time in {@code zone} as an instant; empty for a blank field; an error for one not a time. */
    static Optional<Instant> instant(String typed, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(typed.strip()).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date and time", e);
        }
    }

    /** An instant as a {@code datetime-local} field shows it in {@code zone}; "" for none. */
    static String field(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        return FIELD.format(instant.atZone(zone(zone).orElse(ZoneId.of("UTC"))));
    }
}
