package org.guildhall.contracts.membership;

import java.time.Instant;

/** The introducer passed the request on to its target. */
public record IntroductionForwarded(
        String introductionId,
        String requesterId,
        String introducerId,
        String targetId,
        String reason,
        Instant forwardedAt) {}
