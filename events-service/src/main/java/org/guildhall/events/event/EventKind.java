package org.guildhall.events.event;

/** What sort of gathering an event is. */
public enum EventKind {
    CONFERENCE,
    SEMINAR,
    WORKSHOP,
    MEETUP,
    WEBINAR
}
