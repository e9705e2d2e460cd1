package org.guildhall.contracts.mentoring;

import java.time.Instant;

/** The conversation happened. */
public record InformationalInterviewCompleted(
        String interviewId, String requesterId, String hostId, Instant completedAt) {}
