package org.guildhall.kit.edge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The range of time the domain allows: years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Outside it PostgreSQL
 * refuses or mangles the value and iCalendar and ISO-8601 readers cannot write it (a year 10000 DTSTART), so such a
 * value is refused at the edge with a 400 naming the field.
 */
public final class DomainTime {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;

    private static final Instant FIRST =
            LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST =
            LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private static final String RULE = "must be between the years " + FIRST_YEAR + " and " + LAST_YEAR;

    private DomainTime() {}

    public static Optional<String> refusal(Instant instant) {
        if (instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST)) {
            return Optional.of(RULE);
        }
        return Optional.empty();
    }

    public static Optional<String> refusal(LocalDate date) {
        return year(date.getYear());
    }

    public static Optional<String> refusal(LocalDateTime dateTime) {
        return year(dateTime.getYear());
    }

    /** For a value read by hand (a query parameter): the instant itself, or a 400 problem naming {@code field}. */
    public static Instant within(String field, Instant instant) {
        if (instant != null) {
            refusal(instant).ifPresent(reason -> {
                throw EdgeRefusal.of(field, reason);
            });
        }
        return instant;
    }

    private static Optional<String> year(int year) {
        return year < FIRST_YEAR || year > LAST_YEAR ? Optional.of(RULE) : Optional.empty();
    }
}
