package org.guildhall.mentoring.mentorship;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A mentorship as the pair sees it. */
public record MentorshipView(
        UUID id,
        String mentorId,
        String menteeId,
        UUID requestId,
        UUID programmeId,
        MentorshipStatus status,
        List<MentorshipGoal> goals,
        Instant startedAt,
        Instant endedAt,
        String endedBy,
        String endReason,
        String feedback) {

    static MentorshipView of(Mentorship mentorship) {
        return new MentorshipView(
                mentorship.id(),
                mentorship.mentorId(),
                mentorship.menteeId(),
                mentorship.requestId(),
                mentorship.programmeId(),
                mentorship.status(),
                mentorship.goals(),
                mentorship.startedAt(),
                mentorship.endedAt(),
                mentorship.endedBy(),
                mentorship.endReason(),
                mentorship.feedback());
    }
}
