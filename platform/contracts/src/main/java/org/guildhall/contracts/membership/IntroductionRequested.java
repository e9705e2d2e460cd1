package org.guildhall.contracts.membership;

import java.time.Instant;

/** A member asked a shared connection to introduce them to someone. */
public record IntroductionRequested(
        String introductionId,
        String requesterId,
        String introducerId,
        String targetId,
        String reason,
        Instant expiresAt,
        Instant requestedAt) {}
