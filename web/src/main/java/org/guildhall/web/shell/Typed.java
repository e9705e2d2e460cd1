package org.guildhall.web.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** What a person typed into a form field, as the services' APIs take it. */
public final class Typed {

    private Typed() {}

    /** The trimmed text, or {@code null} for nothing typed (the API's "not given"). */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A comma-separated list ("python, sql"), trimmed, empty items left out. */
    public static List<String> list(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** One item per line, trimmed, empty lines left out. */
    public static List<String> lines(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return typed.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * A date and time typed in an {@code <input type="datetime-local">} ({@code 2027-03-31T18:30}) as read in
     * {@code zone}, the viewer's zone; a time that a daylight-saving change skips moves forward by the gap (RFC 5545's
     * rule). {@code null} for nothing typed.
     *
     * @throws DateTimeParseException when the text is not such a date and time
     */
    public static Instant localDateTime(String typed, ZoneId zone) {
        String value = blankToNull(typed);
        return value == null ? null : LocalDateTime.parse(value).atZone(zone).toInstant();
    }

    /** A date typed in an {@code <input type="date">}; {@code null} for nothing typed. */
    public static LocalDate date(String typed) {
        String value = blankToNull(typed);
        return value == null ? null : LocalDate.parse(value);
    }
}
