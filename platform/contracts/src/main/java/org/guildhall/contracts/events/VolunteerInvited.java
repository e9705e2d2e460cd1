package org.guildhall.contracts.events;

import java.time.Instant;
import java.util.List;
import org.guildhall.contracts.NamesMembers;

/**
 * A coordinator invited a member to sign up for a shift with an open place (from the roster's suggestions). The member
 * holds no place by it: they take one by signing up. Published once per shift and member ({@code invitationId} names
 * that pair's invitation).
 */
public record VolunteerInvited(
        String invitationId,
        String shiftId,
        String eventId,
        String memberId,
        String roleName,
        Instant startsAt,
        Instant endsAt,
        String invitedBy,
        Instant invitedAt)
        implements NamesMembers {

    @Override
    public List<String> namedMembers() {
        return NamesMembers.of(memberId, invitedBy);
    }
}
