package org.guildhall.notifications.notice;

/** How many notifications in the caller's inbox they have not read. */
public record UnreadCount(long unread) {}
