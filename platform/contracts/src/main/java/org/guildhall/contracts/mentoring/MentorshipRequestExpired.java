package org.guildhall.contracts.mentoring;

import java.time.Instant;

/** A mentor did not answer a request in time. */
public record MentorshipRequestExpired(String requestId, String mentorId, String menteeId, Instant expiredAt) {}
