package org.guildhall.mentoring.mentorship;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request as its mentor and mentee see it. */
public record MentorshipRequestView(
        UUID id,
        String mentorId,
        String menteeId,
        String message,
        List<String> goals,
        RequestStatus status,
        String declineReason,
        Instant requestedAt,
        Instant expiresAt,
        Instant answeredAt) {

    static MentorshipRequestView of(MentorshipRequest request) {
        return new MentorshipRequestView(
                request.id(),
                request.mentorId(),
                request.menteeId(),
                request.message(),
                request.goals(),
                request.status(),
                request.declineReason(),
                request.requestedAt(),
                request.expiresAt(),
                request.answeredAt());
    }
}
