package org.guildhall.contracts.events;

import java.time.Instant;

/** A member was checked in at an event. */
public record AttendanceRecorded(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        boolean sharesAttendance,
        Instant checkedInAt) {}
