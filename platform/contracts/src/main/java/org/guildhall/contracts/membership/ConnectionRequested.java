package org.guildhall.contracts.membership;

import java.time.Instant;

/** A member asked another to connect. */
public record ConnectionRequested(
        String requestId, String requesterId, String recipientId, String note, Instant requestedAt) {}
