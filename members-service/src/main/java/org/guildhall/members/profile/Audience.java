package org.guildhall.members.profile;

import java.util.function.Predicate;
import org.guildhall.kit.identity.Caller;

/**
 * How much of a profile a caller sees: its owner and admins all; members in good standing and coordinators what
 * members may see; anyone else (no token, a token without the role {@code member}, a membership that lapsed or was
 * suspended) only what is public.
 */
public record Audience(Visibility sees, boolean seesContact, boolean seesMembership) {

    public static Audience of(Caller caller, String memberId, Predicate<Caller> inGoodStanding) {
        if (caller.isAnonymous()) {
            return new Audience(Visibility.PUBLIC, false, false);
        }
        if (caller.memberId().equals(memberId) || caller.isAdmin()) {
            return new Audience(Visibility.PRIVATE, true, true);
        }
        // coordinators reach volunteers and registrants: they see the contact, not what the member keeps private
        if (caller.hasRole(Caller.COORDINATOR)) {
            return new Audience(Visibility.MEMBERS, true, true);
        }
        return new Audience(inGoodStanding.test(caller) ? Visibility.MEMBERS : Visibility.PUBLIC, false, false);
    }

    public boolean shows(Profile profile, ProfileField field) {
        if (field == ProfileField.EMAIL && seesContact) {
            return true;
        }
        return profile.effectiveVisibility().get(field).shownTo(sees);
    }
}
