package org.guildhall.notifications.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.guildhall.kit.problem.ProblemException;

/**
 * When reminders fall due, as the association set them (defaults: the day before an event, 2 h before a shift, 3 h
 * before a seat offer ends, a follow-up the day after, renewals 30 and 7 days ahead, a check-in after 30 quiet days).
 * The reminder job reads them on every run, so a change applies to every reminder not yet sent.
 */
@Entity
@Table(name = "reminder_timing")
public class ReminderTimings {

    static final Duration MOST = Duration.ofDays(365);

    @Id
    private int id = 1;

    @Column(name = "event_reminder_minutes")
    private long eventReminder;

    @Column(name = "shift_reminder_minutes")
    private long shiftReminder;

    @Column(name = "seat_offer_minutes")
    private long seatOfferExpiring;

    @Column(name = "follow_up_minutes")
    private long followUpAfter;

    @Column(name = "renewal_first_minutes")
    private long renewalFirst;

    @Column(name = "renewal_last_minutes")
    private long renewalLast;

    @Column(name = "mentorship_quiet_minutes")
    private long mentorshipQuiet;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ReminderTimings() {}

    /** Today's timings, until an administrator changes them. */
    public static ReminderTimings defaults() {
        ReminderTimings timings = new ReminderTimings();
        timings.set(
                Duration.ofHours(24),
                Duration.ofHours(2),
                Duration.ofHours(3),
                Duration.ofDays(1),
                Duration.ofDays(30),
                Duration.ofDays(7),
                Duration.ofDays(30));
        return timings;
    }

    /** Replaces every timing at once; each is positive and at most a year, the last renewal reminder the nearer. */
    public void change(
            Duration eventReminder,
            Duration shiftReminder,
            Duration seatOfferExpiring,
            Duration followUpAfter,
            Duration renewalFirst,
            Duration renewalLast,
            Duration mentorshipQuiet,
            Instant now) {
        for (Duration each : new Duration[] {
            eventReminder, shiftReminder, seatOfferExpiring, followUpAfter, renewalFirst, renewalLast, mentorshipQuiet
        }) {
            if (each.toMinutes() < 1 || each.compareTo(MOST) > 0) {
                throw ProblemException.badRequest(
                        "bad-reminder-timing", "every reminder timing must be from one minute to 365 days");
            }
        }
        if (renewalLast.compareTo(renewalFirst) >= 0) {
            throw ProblemException.badRequest(
                    "bad-reminder-timing", "renewalLast must come after renewalFirst, closer to the end (shorter)");
        }
        set(eventReminder, shiftReminder, seatOfferExpiring, followUpAfter, renewalFirst, renewalLast, mentorshipQuiet);
        updatedAt = now;
    }

    private void set(
            Duration eventReminder,
            Duration shiftReminder,
            Duration seatOfferExpiring,
            Duration followUpAfter,
            Duration renewalFirst,
            Duration renewalLast,
            Duration mentorshipQuiet) {
        this.eventReminder = eventReminder.toMinutes();
        this.shiftReminder = shiftReminder.toMinutes();
        this.seatOfferExpiring = seatOfferExpiring.toMinutes();
        this.followUpAfter = followUpAfter.toMinutes();
        this.renewalFirst = renewalFirst.toMinutes();
        this.renewalLast = renewalLast.toMinutes();
        this.mentorshipQuiet = mentorshipQuiet.toMinutes();
    }

    public Duration eventReminder() {
        return Duration.ofMinutes(eventReminder);
    }

    public Duration shiftReminder() {
        return Duration.ofMinutes(shiftReminder);
    }

    public Duration seatOfferExpiring() {
        return Duration.ofMinutes(seatOfferExpiring);
    }

    public Duration followUpAfter() {
        return Duration.ofMinutes(followUpAfter);
    }

    public Duration renewalFirst() {
        return Duration.ofMinutes(renewalFirst);
    }

    public Duration renewalLast() {
        return Duration.ofMinutes(renewalLast);
    }

    public Duration mentorshipQuiet() {
        return Duration.ofMinutes(mentorshipQuiet);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
