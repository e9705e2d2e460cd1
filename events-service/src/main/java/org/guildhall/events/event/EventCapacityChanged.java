package org.guildhall.events.event;

import java.time.Instant;

/** Fired synchronously when an edit changed an event's capacity, so new seats go to the waitlist at once. */
public record EventCapacityChanged(Event event, Instant at) {}
