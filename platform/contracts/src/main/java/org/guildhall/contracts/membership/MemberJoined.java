package org.guildhall.contracts.membership;

import java.time.Instant;

/**
 * A person became a member. {@code status} is the membership status they start in and {@code tier} their tier, so
 * read models can gate on them without waiting for a later event.
 */
public record MemberJoined(
        String memberId,
        String displayName,
        String email,
        String headline,
        String location,
        String timeZone,
        String tier,
        String status,
        Instant joinedAt) {}
