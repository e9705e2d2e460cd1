package org.guildhall.contracts.membership;

import java.time.Instant;

/** Nobody answered in time. */
public record IntroductionExpired(
        String introductionId, String requesterId, String introducerId, String targetId, Instant expiredAt) {}
