package org.guildhall.members.profile;

/** Who sees a profile field. */
public enum Visibility {
    /** Anyone, without a token. */
    PUBLIC,
    /** Signed-in members. */
    MEMBERS,
    /** The member themselves (and admins). */
    PRIVATE;

    /** Whether a viewer who may see up to {@code audience} sees a field of this visibility. */
    public boolean shownTo(Visibility audience) {
        return ordinal() <= audience.ordinal();
    }
}
