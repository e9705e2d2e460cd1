package org.guildhall.notifications.webhook;

/** Where one webhook delivery stands. */
public enum WebhookDeliveryStatus {
    /** Due at its time (the first attempt, or a retry), after the earlier deliveries of its subject. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed; the endpoint was disabled. */
    FAILED
}
