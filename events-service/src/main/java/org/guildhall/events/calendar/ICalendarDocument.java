package org.guildhall.events.calendar;

import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.guildhall.kit.calendar.ContentLineFolding;

/**
 * Writes calendar entries as an RFC 5545 iCalendar document: ical4j builds and serialises the content lines, and
 * {@link ContentLineFolding} folds them at 75 octets (ical4j folds by characters, which lets a line of non-ASCII text
 * run past the limit). Times are UTC. No {@code METHOD}: these are calendars to download or subscribe to, not iTIP
 * scheduling messages (an iTIP {@code PUBLISH} would need an {@code ORGANIZER}, RFC 5546 §3.2.1).
 */
final class ICalendarDocument {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private ICalendarDocument() {}

    static String of(String name, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Guildhall//events-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent(entry.startsAt(), entry.endsAt(), entry.summary());
            event.add(new Uid(entry.uid()));
            event.replace(new DtStamp(entry.stamp())); // the constructor already stamped it; RFC 5545 allows one
            if (entry.location() != null) {
                event.add(new Location(entry.location()));
            }
            if (entry.description() != null) {
                event.add(new Description(entry.description()));
            }
            if (entry.status() != null) {
                event.add(new Status(entry.status()));
            }
            calendar.add(event);
        }
        return ContentLineFolding.fold(calendar.toString());
    }
}
