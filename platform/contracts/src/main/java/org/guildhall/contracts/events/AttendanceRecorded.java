package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/** A member was checked in at an event. */
public record AttendanceRecorded(
        String registrationId,
        String eventId,
        String memberId,
        String eventTitle,
        boolean sharesAttendance,
        Instant checkedInAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId);
    }
}
