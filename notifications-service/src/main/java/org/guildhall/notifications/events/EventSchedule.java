package org.guildhall.notifications.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When an event takes place and whether it still does; kept from guildhall.events. */
@Entity
@Table(name = "event_schedule")
public class EventSchedule {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String CANCELLED = "CANCELLED";
    public static final String COMPLETED = "COMPLETED";

    @Id
    @Column(name = "event_id")
    private String eventId;

    private String title;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "time_zone")
    private String timeZone;

    private String status;

    private String venue;

    @Column(name = "online_url")
    private String onlineUrl;

    protected EventSchedule() {}

    /** An event heard of before its publication (from a registration), with what is known so far. */
    public static EventSchedule known(String eventId, String title, Instant startsAt) {
        EventSchedule schedule = new EventSchedule();
        schedule.eventId = eventId;
        schedule.title = title == null ? "an event" : title;
        schedule.startsAt = startsAt;
        schedule.status = SCHEDULED;
        return schedule;
    }

    public void schedule(String title, Instant startsAt, Instant endsAt, String timeZone) {
        if (title != null) {
            this.title = title;
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        if (timeZone != null) {
            this.timeZone = timeZone;
        }
    }

    /** Where it takes place, as published; either may be null. */
    public void takesPlace(String venue, String onlineUrl) {
        this.venue = venue;
        this.onlineUrl = onlineUrl;
    }

    public String venue() {
        return venue;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    /** The calendar entry of the event, with the uid the events service gives it. */
    public org.guildhall.notifications.vocabulary.CalendarEntry calendarEntry() {
        return new org.guildhall.notifications.vocabulary.CalendarEntry(
                "event-" + eventId + "@guildhall",
                title,
                startsAt,
                endsAt == null ? startsAt.plus(java.time.Duration.ofHours(1)) : endsAt,
                venue != null ? venue : onlineUrl,
                timeZone == null ? null : "Local time zone: " + timeZone);
    }

    public void cancel() {
        status = CANCELLED;
    }

    public void complete() {
        if (!CANCELLED.equals(status)) {
            status = COMPLETED;
        }
    }

    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    public String eventId() {
        return eventId;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    /** The IANA zone of the event's place, if known. */
    public String timeZone() {
        return timeZone;
    }

    /** A time at the event, shown in the event's local time too where the reader's zone differs. */
    public org.guildhall.notifications.wording.Moment moment(Instant at) {
        return new org.guildhall.notifications.wording.Moment(at, timeZone);
    }

    public String status() {
        return status;
    }
}
