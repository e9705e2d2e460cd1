package org.guildhall.notifications.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of notification this service sends, with its category and whether it is critical. Critical kinds skip
 * digests and quiet hours, never an explicit opt-out. The README's mapping table lists which event makes which kind.
 */
public enum NoticeKind {
    WELCOME(Category.MEMBERSHIP, false),
    /** An imported member's invitation to sign up and claim their membership (issue 16). */
    INVITATION(Category.MEMBERSHIP, false),
    MEMBERSHIP_STATUS_CHANGED(Category.MEMBERSHIP, false),
    RENEWAL_REMINDER(Category.MEMBERSHIP, false),

    REGISTRATION_CONFIRMED(Category.EVENTS, false),
    REGISTRATION_WAITLISTED(Category.EVENTS, false),
    SEAT_OFFERED(Category.EVENTS, true),
    SEAT_OFFER_EXPIRING(Category.EVENTS, true),
    SEAT_OFFER_EXPIRED(Category.EVENTS, false),
    REGISTRATION_CANCELLED(Category.EVENTS, false),
    EVENT_RESCHEDULED(Category.EVENTS, false),
    EVENT_CANCELLED(Category.EVENTS, true),
    EVENT_REMINDER(Category.EVENTS, false),
    EVENT_FOLLOW_UP(Category.EVENTS, false),

    VOLUNTEER_SIGNED_UP(Category.VOLUNTEERING, false),
    VOLUNTEER_RELEASED(Category.VOLUNTEERING, false),
    SHIFT_COMPLETED(Category.VOLUNTEERING, false),
    SHIFT_REMINDER(Category.VOLUNTEERING, false),
    /** A shift the member holds moved (issue 14). */
    SHIFT_RESCHEDULED(Category.VOLUNTEERING, false),
    /** A coordinator asks the member to sign up for a shift with an open place (issue 14). */
    VOLUNTEER_INVITED(Category.VOLUNTEERING, false),

    CONNECTION_REQUESTED(Category.CONNECTIONS, false),
    CONNECTION_ESTABLISHED(Category.CONNECTIONS, false),
    INTRODUCTION_REQUESTED(Category.CONNECTIONS, false),
    INTRODUCTION_FORWARDED(Category.CONNECTIONS, false),
    INTRODUCTION_ACCEPTED(Category.CONNECTIONS, false),
    INTRODUCTION_DECLINED(Category.CONNECTIONS, false),
    INTRODUCTION_EXPIRED(Category.CONNECTIONS, false),
    APPRECIATION_RECEIVED(Category.CONNECTIONS, false),

    MENTORSHIP_REQUESTED(Category.MENTORING, false),
    MENTORSHIP_ACCEPTED(Category.MENTORING, false),
    MENTORSHIP_DECLINED(Category.MENTORING, false),
    MENTORSHIP_REQUEST_EXPIRED(Category.MENTORING, false),
    MENTORSHIP_COMPLETED(Category.MENTORING, false),
    MENTORSHIP_ENDED(Category.MENTORING, false),
    MENTORSHIP_CHECK_IN(Category.MENTORING, false),
    INTERVIEW_REQUESTED(Category.MENTORING, false),
    INTERVIEW_ACCEPTED(Category.MENTORING, false),
    INTERVIEW_DECLINED(Category.MENTORING, false),

    WEBHOOK_DISABLED(Category.ADMINISTRATION, true);

    private final Category category;
    private final boolean critical;

    NoticeKind(Category category, boolean critical) {
        this.category = category;
        this.critical = critical;
    }

    public Category category() {
        return category;
    }

    public boolean critical() {
        return critical;
    }

    /** The name clients and templates see: {@code seat-offer-expiring}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<NoticeKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
    }
}
