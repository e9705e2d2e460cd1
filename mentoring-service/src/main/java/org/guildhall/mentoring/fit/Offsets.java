package org.guildhall.mentoring.fit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/** A time zone's offset from UTC at a moment, in minutes, as matching compares them. */
public final class Offsets {

    private Offsets() {}

    /** The offset, or null when the zone is missing or unknown. */
    public static Integer utcOffsetMinutes(String zone, Instant at) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() / 60;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
