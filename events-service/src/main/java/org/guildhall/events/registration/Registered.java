package org.guildhall.events.registration;

/** The outcome of registering: the registration, its waitlist position (0 unless waiting), and whether it is new. */
public record Registered(Registration registration, int position, boolean created) {}
