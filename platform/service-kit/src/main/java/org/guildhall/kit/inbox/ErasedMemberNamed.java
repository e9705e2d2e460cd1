package org.guildhall.kit.inbox;

import java.time.Instant;

/**
 * Fired synchronously by the inbox, in the handlers' transaction, after they acted on an event that names a member
 * this service erased before ({@link org.guildhall.contracts.NamesMembers}, {@link ErasedMembers}): whatever the
 * handlers just wrote about the member must go as the first erasure's did. A service observes it with the same
 * erasure its {@code MemberErased} handler runs, flushing first (docs/messaging.md, "An erasure outlasts late
 * events"). Fired once per member per batch, after the batch's handlers.
 *
 * @param memberId the erased member's id
 * @param erasedAt when the member was erased (the first {@code MemberErased}'s {@code erasedAt})
 */
public record ErasedMemberNamed(String memberId, Instant erasedAt) {}
