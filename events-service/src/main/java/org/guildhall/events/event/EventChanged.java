package org.guildhall.events.event;

import java.time.Instant;

/**
 * Fired synchronously after every edit of an event, inside the editing transaction, so what is derived from the
 * event's time and capacity (open offers' claim deadlines, seats for the waitlist) follows it in the same commit.
 */
public record EventChanged(Event event, Instant at) {}
