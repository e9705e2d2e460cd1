package org.guildhall.notifications.inbox;

/** How many notifications in the caller's inbox they have not read. */
public record UnreadCount(long unread) {}
