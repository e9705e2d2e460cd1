package org.guildhall.events.roster;

import java.time.Instant;

/** An invitation to sign up for a shift, with the invited member's name as the read model knows it (or null). */
public record InvitationView(
        String id, String shiftId, String memberId, String displayName, String invitedBy, Instant invitedAt) {

    static InvitationView of(Roster.Invited invited) {
        ShiftInvitation invitation = invited.invitation();
        return new InvitationView(
                invitation.id().toString(),
                invitation.shiftId().toString(),
                invitation.memberId(),
                invited.memberName(),
                invitation.invitedBy(),
                invitation.invitedAt());
    }
}
