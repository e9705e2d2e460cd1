package org.guildhall.contracts.membership;

import java.time.Instant;

/**
 * A member asked for a copy of everything the platform holds about them (GDPR Art. 15 and 20). Each service that holds
 * data about members answers with its own {@code MemberDataCollected} on its topic, its data sealed with
 * {@code publicKey} ({@link org.guildhall.contracts.SealedData}); members-service assembles the archive when every part
 * is in.
 */
public record MemberDataRequested(String exportId, String memberId, String publicKey, Instant requestedAt) {}
