package org.guildhall.members.member;

import org.guildhall.kit.identity.Caller;

/** How much of a profile a caller sees: its owner and admins all, members what members may see, anyone the rest. */
record Audience(Visibility sees, boolean seesContact, boolean seesMembership) {

    static Audience of(Caller caller, String memberId) {
        if (caller.isAnonymous()) {
            return new Audience(Visibility.PUBLIC, false, false);
        }
        if (caller.memberId().equals(memberId) || caller.isAdmin()) {
            return new Audience(Visibility.PRIVATE, true, true);
        }
        // coordinators reach volunteers and registrants: they see the contact, not what the member keeps private
        boolean coordinator = caller.hasRole(Caller.COORDINATOR);
        return new Audience(Visibility.MEMBERS, coordinator, coordinator);
    }

    boolean shows(Profile profile, ProfileField field) {
        if (field == ProfileField.EMAIL && seesContact) {
            return true;
        }
        return profile.effectiveVisibility().get(field).shownTo(sees);
    }
}
