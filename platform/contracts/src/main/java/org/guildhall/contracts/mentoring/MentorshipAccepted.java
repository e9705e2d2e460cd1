package org.guildhall.contracts.mentoring;

import java.time.Instant;

/** A mentorship began: a mentor accepted a request, or a cohort programme paired them. */
public record MentorshipAccepted(
        String mentorshipId,
        String requestId,
        String programmeId,
        String mentorId,
        String menteeId,
        Instant acceptedAt) {}
