package org.guildhall.notifications.preference;

/** How e-mail reaches a member: each notification as it comes, or one daily digest at a local hour. */
public enum EmailMode {
    IMMEDIATE,
    DAILY_DIGEST
}
