package org.guildhall.contracts.membership;

import java.time.Instant;

/** Two members are now connected, after a request or an introduction. */
public record ConnectionEstablished(
        String connectionId, String memberId, String otherMemberId, String via, Instant establishedAt) {}
