package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;

/** A mentee asked a mentor for mentoring. */
public record MentorshipRequested(
        String requestId,
        String mentorId,
        String menteeId,
        String message,
        List<String> goals,
        Instant expiresAt,
        Instant requestedAt) {}
