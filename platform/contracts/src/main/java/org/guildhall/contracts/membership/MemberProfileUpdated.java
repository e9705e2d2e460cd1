package org.guildhall.contracts.membership;

import java.time.Instant;

/** A member changed their profile; carries the whole public profile as it now is. */
public record MemberProfileUpdated(
        String memberId, String displayName, String headline, String location, String timeZone, Instant updatedAt) {}
