package org.guildhall.members.membership;

/**
 * Fired, inside the erasing transaction, when a member's personal data is erased: features that hold data about
 * the member observe it and forget it.
 */
public record MemberErasure(String memberId) {}
