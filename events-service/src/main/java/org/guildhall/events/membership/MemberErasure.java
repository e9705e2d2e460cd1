package org.guildhall.events.membership;

import java.time.Instant;

/**
 * Fired synchronously inside the handler of {@code MemberErased}: each feature purges what it holds about the member
 * in the same transaction, and the pseudonym replaces the member id wherever a record must stay (seat counts, hours).
 */
public record MemberErasure(String memberId, String pseudonym, Instant erasedAt) {}
