package org.guildhall.notifications.wording;

import java.time.Instant;

/**
 * A time a notice speaks of, and the zone of the place it happens in (an event's), or null where it has no place. It
 * is shown in the reader's zone, and in the place's local time too where that zone differs.
 */
public record Moment(Instant at, String placeZone) {

    public static Moment at(Instant at) {
        return new Moment(at, null);
    }
}
