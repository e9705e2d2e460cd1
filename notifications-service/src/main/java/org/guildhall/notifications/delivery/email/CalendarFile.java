package org.guildhall.notifications.delivery.email;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.guildhall.kit.calendar.ContentLineFolding;
import org.guildhall.notifications.vocabulary.CalendarEntry;

/**
 * The {@code .ics} an e-mail attaches: an RFC 5545 calendar with one VEVENT, written as the events service writes its
 * calendars (ical4j, UTC times, the same uid, lines folded at 75 octets), so importing both leaves one entry.
 */
final class CalendarFile {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private CalendarFile() {}

    static String of(CalendarEntry entry) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Guildhall//notifications-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        VEvent event = new VEvent(entry.startsAt(), entry.endsAt(), entry.summary());
        event.add(new Uid(entry.uid()));
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        event.add(new Status("CONFIRMED"));
        calendar.add(event);
        return ContentLineFolding.fold(calendar.toString());
    }
}
