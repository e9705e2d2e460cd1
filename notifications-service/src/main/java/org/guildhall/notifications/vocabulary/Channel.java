package org.guildhall.notifications.vocabulary;

/** Where a notification reaches its member. */
public enum Channel {
    INBOX,
    EMAIL
}
