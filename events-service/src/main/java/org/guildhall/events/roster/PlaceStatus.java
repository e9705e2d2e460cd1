package org.guildhall.events.roster;

/** ASSIGNED holds a place on the shift; WAITLISTED waits for one; RELEASED and COMPLETED are ends. */
public enum PlaceStatus {
    ASSIGNED,
    WAITLISTED,
    RELEASED,
    COMPLETED
}
