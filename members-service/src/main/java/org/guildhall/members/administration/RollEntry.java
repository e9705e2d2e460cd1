package org.guildhall.members.administration;

import java.time.Instant;
import org.guildhall.members.membership.Member;
import org.guildhall.members.membership.MembershipStatus;

/** One membership as an administrator sees it in the roll: who, which tier, how it stands and why. */
public record RollEntry(
        String id,
        String displayName,
        String email,
        String tier,
        MembershipStatus status,
        String statusReason,
        Instant joinedAt,
        Instant expiresAt) {

    static RollEntry of(Member member) {
        return new RollEntry(
                member.id(),
                member.displayName(),
                member.email(),
                member.tier(),
                member.status(),
                member.statusReason(),
                member.joinedAt(),
                member.expiresAt());
    }
}
