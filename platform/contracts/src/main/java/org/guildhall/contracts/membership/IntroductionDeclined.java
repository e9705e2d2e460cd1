package org.guildhall.contracts.membership;

import java.time.Instant;

/** The introducer or the target declined. */
public record IntroductionDeclined(
        String introductionId,
        String requesterId,
        String introducerId,
        String targetId,
        String declinedBy,
        Instant declinedAt) {}
