package org.guildhall.members.connection;

/** With {@code block}, the sender cannot ask again. */
public record DeclineRequest(boolean block) {}
