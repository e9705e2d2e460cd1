package org.guildhall.notifications.wording;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** Who reads a notice and when: their language and zone choose the words and the times, {@code now} the relative words. */
public record Reader(Locale language, ZoneId zone, Instant now) {}
