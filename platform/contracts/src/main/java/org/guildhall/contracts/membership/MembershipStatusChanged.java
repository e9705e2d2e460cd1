package org.guildhall.contracts.membership;

import java.time.Instant;

/** A membership moved in its lifecycle, changed tier or expiry. Other contexts gate on status and tier. */
public record MembershipStatusChanged(
        String memberId, String from, String to, String tier, Instant expiresAt, String reason, Instant changedAt) {}
