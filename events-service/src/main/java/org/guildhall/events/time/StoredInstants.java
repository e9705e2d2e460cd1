package org.guildhall.events.time;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as PostgreSQL keeps them: to the microsecond. Every instant the service stores is cut to that precision
 * when it is made, so what a write answers is exactly what every later read answers.
 */
public final class StoredInstants {

    private StoredInstants() {}

    public static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A given instant (from a request) at the stored precision; null stays null. */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
