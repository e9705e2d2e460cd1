package org.guildhall.events.registration;

import jakarta.validation.constraints.NotNull;

/** Opt in or out of showing fellow attendees that one attended. */
public record AttendanceSharingRequest(@NotNull Boolean share) {}
