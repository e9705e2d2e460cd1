package org.guildhall.members.member;

import java.time.Instant;

/** A member as the API shows them. */
public record MemberView(
        String id,
        String displayName,
        String email,
        String headline,
        String location,
        String timeZone,
        String tier,
        MembershipStatus status,
        Instant joinedAt) {

    /** What another member sees: everything but the e-mail address. */
    static MemberView seenByOthers(Member member) {
        MemberView full = of(member);
        return new MemberView(
                full.id,
                full.displayName,
                null,
                full.headline,
                full.location,
                full.timeZone,
                full.tier,
                full.status,
                full.joinedAt);
    }

    static MemberView of(Member member) {
        return new MemberView(
                member.id(),
                member.displayName(),
                member.email(),
                member.headline(),
                member.location(),
                member.timeZone(),
                member.tier(),
                member.status(),
                member.joinedAt());
    }
}
