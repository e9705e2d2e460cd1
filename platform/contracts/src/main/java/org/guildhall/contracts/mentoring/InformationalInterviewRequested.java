package org.guildhall.contracts.mentoring;

import java.time.Instant;
import java.util.List;

/** A member asked another for a short conversation. */
public record InformationalInterviewRequested(
        String interviewId,
        String requesterId,
        String hostId,
        String topic,
        String message,
        List<Instant> proposedTimes,
        Instant requestedAt) {}
