package org.guildhall.events.event;

import java.time.Instant;

/**
 * Fired (synchronously, inside the cancelling transaction) when an event is cancelled, so registrations and rosters
 * end with it in the same commit.
 */
public record EventCalledOff(Event event, Instant at) {}
