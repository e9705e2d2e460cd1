package org.guildhall.mentoring.membership;

/** Who may see a member's profile field, as the member chose in members-service; also how far a caller sees. */
public enum Visibility {
    PUBLIC,
    MEMBERS,
    PRIVATE;

    /** Whether a caller who sees up to {@code audience} sees a field of this visibility. */
    public boolean shownTo(Visibility audience) {
        return ordinal() <= audience.ordinal();
    }

    /** A value members-service may add later reads as the strictest, so nothing is shown by mistake. */
    static Visibility parse(String value) {
        for (Visibility visibility : values()) {
            if (visibility.name().equals(value)) {
                return visibility;
            }
        }
        return PRIVATE;
    }
}
