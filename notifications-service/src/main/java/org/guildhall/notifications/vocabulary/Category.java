package org.guildhall.notifications.vocabulary;

/** What a notification is about; members choose per category and channel what they hear. */
public enum Category {
    MEMBERSHIP,
    EVENTS,
    VOLUNTEERING,
    CONNECTIONS,
    MENTORING,
    /** What only administrators are told (a webhook endpoint disabled). */
    ADMINISTRATION
}
