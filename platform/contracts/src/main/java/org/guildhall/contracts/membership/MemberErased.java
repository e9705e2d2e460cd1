package org.guildhall.contracts.membership;

import java.time.Instant;

/** A member's personal data was erased; every context purges what it holds about them. */
public record MemberErased(String memberId, Instant erasedAt) {}
