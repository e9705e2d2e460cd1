package org.guildhall.members.membership;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A membership as an import file states it (issue 16): the person, and optionally the tier, status, joining and expiry
 * dates. What it gives a member is worked out here once, for the dry run and for applying it alike, so that a file
 * applied twice finds nothing left to change.
 */
public record ImportedMembership(
        String email,
        String displayName,
        String tier,
        String status,
        LocalDate joinedOn,
        LocalDate expiresOn,
        String headline,
        String location,
        String timeZone) {

    /** The expiry the file states, at the start of that day in UTC (how a date compares with an expiry instant). */
    public Instant statedExpiry() {
        return expiresOn == null ? null : expiresOn.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant joinedAt(Instant now) {
        return joinedOn == null ? now : joinedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The status the file gives a membership expiring at {@code expiresAt}: {@code ACTIVE} (or none) follows the dates
     * as the expiry job would (into grace, then lapsed); {@code PENDING}, {@code LAPSED} and {@code SUSPENDED} are
     * taken as stated.
     */
    public MembershipStatus statusFor(Instant expiresAt, Duration gracePeriod, Instant now) {
        if (status != null && !"ACTIVE".equals(status)) {
            return MembershipStatus.valueOf(status);
        }
        return byDates(expiresAt, gracePeriod, now);
    }

    /** Whether applying this to a member as they stand would change their name, tier, status or expiry. */
    public boolean changes(
            String currentName,
            String currentTier,
            String currentStatus,
            Instant currentExpiry,
            Duration gracePeriod,
            Instant now) {
        Instant expiry = expiresOn == null ? currentExpiry : statedExpiry();
        if (!Objects.equals(currentName, displayName)) {
            return true;
        }
        if (tier != null && !tier.equals(currentTier)) {
            return true;
        }
        if (expiresOn != null && !Objects.equals(expiry, currentExpiry)) {
            return true;
        }
        return status != null && !statusFor(expiry, gracePeriod, now).name().equals(currentStatus);
    }

    static MembershipStatus byDates(Instant expiresAt, Duration gracePeriod, Instant now) {
        if (expiresAt == null || expiresAt.isAfter(now)) {
            return MembershipStatus.ACTIVE;
        }
        return expiresAt.plus(gracePeriod).isAfter(now) ? MembershipStatus.GRACE : MembershipStatus.LAPSED;
    }
}
