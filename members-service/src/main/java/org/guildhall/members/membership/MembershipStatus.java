package org.guildhall.members.membership;

/** Where a membership stands: {@code PENDING → ACTIVE → GRACE → LAPSED}, {@code ACTIVE} again on renewal. */
public enum MembershipStatus {
    /** Applied for a tier that needs an admin's approval. */
    PENDING,
    ACTIVE,
    /** Past its expiry, within the grace period: still a member. */
    GRACE,
    LAPSED,
    /** Stopped by an admin, with a reason, until reinstated. */
    SUSPENDED;

    public boolean isMember() {
        return this == ACTIVE || this == GRACE;
    }
}
