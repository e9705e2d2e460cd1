package org.guildhall.events.registration;

import java.time.Instant;

/** A registration as the API shows it; {@code position} is the waitlist place (1 = next), or null. */
public record RegistrationView(
        String id,
        String eventId,
        String memberId,
        RegistrationStatus status,
        Integer position,
        long arrival,
        Instant registeredAt,
        Instant confirmedAt,
        Instant offeredAt,
        Instant claimBy,
        Instant endedAt,
        EndReason endReason,
        String checkInCode,
        Instant checkedInAt,
        boolean sharesAttendance) {

    static RegistrationView of(Registered registered) {
        Registration registration = registered.registration();
        return new RegistrationView(
                registration.id().toString(),
                registration.eventId().toString(),
                registration.memberId(),
                registration.status(),
                registered.position() > 0 ? registered.position() : null,
                registration.arrival(),
                registration.registeredAt(),
                registration.confirmedAt(),
                registration.offeredAt(),
                registration.claimBy(),
                registration.endedAt(),
                registration.endReason(),
                registration.checkInCode(),
                registration.checkedInAt(),
                registration.sharesAttendance());
    }
}
