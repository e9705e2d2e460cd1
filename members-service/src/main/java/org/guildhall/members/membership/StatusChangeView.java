package org.guildhall.members.membership;

import java.time.Instant;

public record StatusChangeView(
        MembershipStatus from,
        MembershipStatus to,
        String tier,
        Instant expiresAt,
        String reason,
        String changedBy,
        Instant changedAt) {

    static StatusChangeView of(MembershipStatusChange change) {
        return new StatusChangeView(
                change.from(),
                change.to(),
                change.tier(),
                change.expiresAt(),
                change.reason(),
                change.changedBy(),
                change.changedAt());
    }
}
