package org.guildhall.contracts.mentoring;

import java.time.Instant;

/** The host declined. */
public record InformationalInterviewDeclined(
        String interviewId, String requesterId, String hostId, Instant declinedAt) {}
