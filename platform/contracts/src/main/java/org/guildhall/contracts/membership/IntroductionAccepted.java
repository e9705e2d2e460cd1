package org.guildhall.contracts.membership;

import java.time.Instant;

/** The target accepted; requester and target are now connected. */
public record IntroductionAccepted(
        String introductionId, String requesterId, String introducerId, String targetId, Instant acceptedAt) {}
