package org.guildhall.notifications.delivery;

/** Where one e-mail stands. */
public enum DeliveryStatus {
    /** Due now (or at its retry time). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Every attempt failed. */
    FAILED,
    /** The member switched this e-mail off, or no address is known. */
    SUPPRESSED,
    /** Waits for the end of the member's quiet hours. */
    DEFERRED,
    /** Waits for the member's daily digest. */
    BATCHED
}
