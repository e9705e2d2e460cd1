package org.guildhall.notifications.notice;

/** How many notifications "mark all read" marked. */
public record MarkedRead(int marked) {}
