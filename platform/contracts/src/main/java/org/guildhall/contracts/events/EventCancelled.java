package org.guildhall.contracts.events;

import java.time.Instant;

/** An event was cancelled; its registrations and offers are cancelled with it. */
public record EventCancelled(String eventId, String title, String reason, Instant cancelledAt) {}
