package org.guildhall.notifications.inbox;

/** Where a notification reaches its member. */
public enum Channel {
    INBOX,
    EMAIL
}
