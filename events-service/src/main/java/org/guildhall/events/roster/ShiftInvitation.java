package org.guildhall.events.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A coordinator's invitation to a member to sign up for a shift: one per shift and member (asking again sends nothing
 * more). It holds no place; the member takes one by signing up, as anyone does.
 */
@Entity
@Table(name = "shift_invitation")
public class ShiftInvitation {

    @Id
    private UUID id;

    @Column(name = "shift_id")
    private UUID shiftId;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "invited_by")
    private String invitedBy;

    @Column(name = "invited_at")
    private Instant invitedAt;

    protected ShiftInvitation() {}

    static ShiftInvitation of(UUID shiftId, String memberId, String invitedBy, Instant now) {
        ShiftInvitation invitation = new ShiftInvitation();
        invitation.id = UUID.randomUUID();
        invitation.shiftId = shiftId;
        invitation.memberId = memberId;
        invitation.invitedBy = invitedBy;
        invitation.invitedAt = now;
        return invitation;
    }

    public UUID id() {
        return id;
    }

    public UUID shiftId() {
        return shiftId;
    }

    public String memberId() {
        return memberId;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }
}
