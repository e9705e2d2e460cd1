package org.guildhall.events.event;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.guildhall.kit.edge.DomainTime;
import org.guildhall.kit.problem.ProblemException;

/** Query parameters read by hand, so a bad one is a 400 that names it rather than JAX-RS's bare 404. */
public final class QueryValues {

    private QueryValues() {}

    public static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DomainTime.within(name, Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    "invalid-query", name + ": must be an ISO-8601 instant in UTC such as 2027-02-10T09:00:00Z");
        }
    }

    public static <E extends Enum<E>> E oneOf(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "invalid-query", name + ": must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
