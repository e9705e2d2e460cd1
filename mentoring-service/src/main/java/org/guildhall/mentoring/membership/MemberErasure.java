package org.guildhall.mentoring.membership;

/**
 * Fired (synchronously, in the consuming transaction) when a member is erased, so every feature purges what it holds
 * about them in the same transaction as the read model.
 */
public record MemberErasure(String memberId) {}
