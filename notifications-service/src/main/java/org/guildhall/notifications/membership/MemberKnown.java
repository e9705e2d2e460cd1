package org.guildhall.notifications.membership;

import java.time.Instant;

/**
 * Fired in the transaction that first records how to reach a member: e-mails planned before this service knew them
 * (another topic's event overtook their joining) are planned again.
 */
public record MemberKnown(String memberId, Instant at) {}
