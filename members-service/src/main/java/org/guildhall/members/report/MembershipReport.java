package org.guildhall.members.report;

import java.util.List;

/**
 * Membership numbers of a period (UTC months). For each month: {@code joins} (memberships that became active for the
 * first time: joined a tier without approval, or approved), {@code renewals} (a renewal recorded), {@code lapses}
 * (memberships that ended: lapsed after grace, or erased; a turned-down application is not one) and {@code active}
 * (memberships active or in grace at the end of the month). Today's members by tier and status.
 */
public record MembershipReport(String from, String to, List<Month> months, List<TierStatus> byTierAndStatus) {

    public record Month(String month, long joins, long renewals, long lapses, long active) {}

    public record TierStatus(String tier, String status, long members) {}
}
