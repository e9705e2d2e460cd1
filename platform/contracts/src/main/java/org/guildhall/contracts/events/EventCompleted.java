package org.guildhall.contracts.events;

import java.time.Instant;

/** An event took place and was closed. */
public record EventCompleted(String eventId, String title, Instant completedAt) {}
