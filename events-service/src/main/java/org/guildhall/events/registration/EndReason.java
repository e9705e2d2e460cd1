package org.guildhall.events.registration;

/** Why a registration was cancelled; the {@code reason} of {@code RegistrationCancelled}. */
public enum EndReason {
    MEMBER,
    COORDINATOR,
    EVENT_CANCELLED,
    MEMBER_ERASED
}
