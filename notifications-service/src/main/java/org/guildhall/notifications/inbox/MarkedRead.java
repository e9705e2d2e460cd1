package org.guildhall.notifications.inbox;

/** How many notifications "mark all read" marked. */
public record MarkedRead(int marked) {}
