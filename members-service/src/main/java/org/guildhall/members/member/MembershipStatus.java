package org.guildhall.members.member;

/** Where a membership stands. */
public enum MembershipStatus {
    PENDING,
    ACTIVE,
    GRACE,
    LAPSED,
    SUSPENDED
}
