package org.guildhall.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as a person reads them: in the viewer's zone ({@link Viewer#zone()}), and where an event's own IANA zone
 * differs, the event's local time too, with the zone named ("Thu 1 Jul 2027, 01:00 (18:00 Wed in Europe/Berlin)").
 * Templates reach it as {@code inject:when}. English formats for now (the web is English only).
 */
@RequestScoped
@Named("when")
public class When {

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_ZONE = DateTimeFormatter.ofPattern("HH:mm EEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Inject
    Viewer viewer;

    /** An instant in the viewer's zone, e.g. "Thu 1 Jul 2027, 18:00"; "" for none. */
    public String at(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(viewer.zone()));
    }

    /** An event's instant: the viewer's local time, and the event's own when its zone differs. */
    public String at(Instant instant, String eventZone) {
        return at(instant, viewer.zone(), eventZone);
    }

    /**
     * {@code instant} as read in {@code viewerZone}, naming that zone, and where {@code eventZone} (an IANA id) is
     * another zone, the event's local time and weekday too: "Thu 1 Jul 2027, 01:00 Asia/Tokyo (18:00 Wed in
     * Europe/Berlin)"; "" for no instant.
     */
    public static String at(Instant instant, ZoneId viewerZone, String eventZone) {
        if (instant == null) {
            return "";
        }
        String mine = DAY_TIME.format(instant.atZone(viewerZone));
        ZoneId zone = Viewer.zoneOf(eventZone).orElse(null);
        if (zone == null || zone.getId().equals(viewerZone.getId())) {
            return mine + " (" + viewerZone.getId() + ")";
        }
        return mine + " " + viewerZone.getId() + " (" + OTHER_ZONE.format(instant.atZone(zone)) + " in " + zone.getId()
                + ")";
    }

    /** The end time of a span that starts and ends on one day in the viewer's zone: just "HH:mm". */
    public String until(Instant start, Instant end) {
        if (end == null) {
            return "";
        }
        ZoneId zone = viewer.zone();
        if (start != null
                && start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate())) {
            return TIME.format(end.atZone(zone));
        }
        return at(end);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The viewer's zone id, for a form's default. */
    public String zone() {
        return viewer.zone().getId();
    }
}
