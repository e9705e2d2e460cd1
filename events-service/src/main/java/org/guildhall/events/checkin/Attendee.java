package org.guildhall.events.checkin;

import java.time.Instant;

/** Someone who was at the event; {@code displayName} comes from the membership read model when it is known. */
public record Attendee(
        String registrationId, String memberId, String displayName, Instant checkedInAt, boolean sharesAttendance) {}
