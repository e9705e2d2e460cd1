package org.guildhall.members.membership;

import java.time.Instant;

/** One move of a membership in its lifecycle, or a change of its tier or expiry. */
public record StatusTransition(
        MembershipStatus from, MembershipStatus to, String tier, Instant expiresAt, String reason, Instant at) {}
