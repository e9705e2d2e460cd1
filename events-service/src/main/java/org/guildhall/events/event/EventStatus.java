package org.guildhall.events.event;

/** DRAFT → PUBLISHED → COMPLETED, or CANCELLED from DRAFT or PUBLISHED. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    COMPLETED,
    CANCELLED
}
