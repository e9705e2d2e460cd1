package org.guildhall.contracts.mentoring;

import java.time.Instant;

/** A mentor declined a request. */
public record MentorshipDeclined(
        String requestId, String mentorId, String menteeId, String reason, Instant declinedAt) {}
