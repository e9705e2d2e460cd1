package org.guildhall.contracts.mentoring;

import java.time.Instant;

/** One side ended a mentorship early. */
public record MentorshipEnded(
        String mentorshipId, String mentorId, String menteeId, String endedBy, String reason, Instant endedAt) {}
