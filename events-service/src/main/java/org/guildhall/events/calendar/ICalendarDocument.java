package org.guildhall.events.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Writes calendar entries as an RFC 5545 iCalendar document with ical4j. Times are UTC. */
final class ICalendarDocument {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private ICalendarDocument() {}

    static String of(String name, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Guildhall//events-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method("PUBLISH"));
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent(entry.startsAt(), entry.endsAt(), entry.summary());
            event.add(new Uid(entry.uid()));
            event.add(new DtStamp(entry.stamp()));
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
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
