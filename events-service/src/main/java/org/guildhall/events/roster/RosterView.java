package org.guildhall.events.roster;

import java.time.Instant;
import java.util.List;

/** The coordinator's view of an event's roster: per shift who is on it, what is open, and what clashes. */
public record RosterView(String eventId, List<ShiftLine> shifts, int totalGaps, int totalConflicts) {

    /** One shift of the roster; a gap is an open place, a conflict a volunteer also holding an overlapping shift. */
    public record ShiftLine(
            String shiftId,
            String roleName,
            Instant startsAt,
            Instant endsAt,
            int needed,
            int openPlaces,
            boolean hasGap,
            List<PlaceView> volunteers,
            List<PlaceView> waitlist,
            List<ShiftConflict> conflicts,
            Instant completedAt) {}

    /** A volunteer of this shift who also holds {@code otherShiftId}, which overlaps it. */
    public record ShiftConflict(String memberId, String otherShiftId, Instant otherStartsAt, Instant otherEndsAt) {}
}
