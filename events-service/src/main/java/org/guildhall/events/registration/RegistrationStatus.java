package org.guildhall.events.registration;

/**
 * CONFIRMED holds a seat; WAITLISTED waits in arrival order; OFFERED holds a freed seat until its claim deadline.
 * CANCELLED and OFFER_EXPIRED are ends.
 */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    OFFERED,
    CANCELLED,
    OFFER_EXPIRED;

    boolean isLive() {
        return this == CONFIRMED || this == WAITLISTED || this == OFFERED;
    }

    boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED;
    }
}
