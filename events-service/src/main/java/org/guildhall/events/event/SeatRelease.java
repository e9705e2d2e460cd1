package org.guildhall.events.event;

/** What happens to a freed seat: the first on the waitlist gets it at once, or is offered it to claim in time. */
public enum SeatRelease {
    CONFIRM_AT_ONCE,
    OFFER
}
