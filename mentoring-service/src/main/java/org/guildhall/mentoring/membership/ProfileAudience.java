package org.guildhall.mentoring.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.guildhall.kit.identity.Caller;

/**
 * How far a caller sees another member's profile fields in mentoring, by the rule of members-service: the member
 * and admins all; coordinators and members in good standing (the role {@code member} and an active membership as
 * this service knows it) what members may see; anyone else only what is public.
 */
@ApplicationScoped
public class ProfileAudience {

    private final MemberSnapshotRepository snapshots;

    ProfileAudience(MemberSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    @Transactional
    public Visibility of(Caller caller, String memberId) {
        if (caller.isAnonymous()) {
            return Visibility.PUBLIC;
        }
        if (caller.memberId().equals(memberId) || caller.isAdmin()) {
            return Visibility.PRIVATE;
        }
        if (caller.hasRole(Caller.COORDINATOR)) {
            return Visibility.MEMBERS;
        }
        boolean inGoodStanding = caller.hasRole(Caller.MEMBER)
                && snapshots
                        .findByIdOptional(caller.memberId())
                        .filter(MemberSnapshot::active)
                        .isPresent();
        return inGoodStanding ? Visibility.MEMBERS : Visibility.PUBLIC;
    }
}
