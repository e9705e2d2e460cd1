package org.guildhall.contracts.mentoring;

import java.time.Instant;

/** A mentorship reached its end as planned. */
public record MentorshipCompleted(String mentorshipId, String mentorId, String menteeId, Instant completedAt) {}
