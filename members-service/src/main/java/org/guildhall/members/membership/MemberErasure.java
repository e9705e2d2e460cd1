package org.guildhall.members.membership;

/**
 * Fired, inside the erasing transaction, when a member's personal data is erased: features that hold data about
 * the member observe it and forget it. {@code pseudonym} is what the kept books are moved to ({@code erased-<uuid>}).
 */
public record MemberErasure(String memberId, String pseudonym) {}
