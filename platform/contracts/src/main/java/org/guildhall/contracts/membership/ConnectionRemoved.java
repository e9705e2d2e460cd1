package org.guildhall.contracts.membership;

import java.time.Instant;

/** A member removed a connection. */
public record ConnectionRemoved(String connectionId, String memberId, String otherMemberId, Instant removedAt) {}
