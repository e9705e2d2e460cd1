package org.guildhall.contracts.mentoring;

import java.time.Instant;

/** The host accepted, with a time. */
public record InformationalInterviewAccepted(
        String interviewId, String requesterId, String hostId, Instant scheduledFor, Instant acceptedAt) {}
