package org.guildhall.notifications.reminder;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Reminder timings as ISO-8601 durations: how long before an event, a shift and a seat offer's deadline its reminder
 * falls due, how long after an event its follow-up, how long before a membership ends its two renewal reminders, and
 * after how long without a session a mentoring pair is asked to check in.
 */
public record ReminderTimingsView(
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Duration eventReminder,
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Duration shiftReminder,
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Duration seatOfferExpiring,
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Duration followUpAfter,
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Duration renewalFirst,
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Duration renewalLast,
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) Duration mentorshipQuiet) {

    static ReminderTimingsView of(ReminderTimings timings) {
        return new ReminderTimingsView(
                timings.eventReminder(),
                timings.shiftReminder(),
                timings.seatOfferExpiring(),
                timings.followUpAfter(),
                timings.renewalFirst(),
                timings.renewalLast(),
                timings.mentorshipQuiet());
    }
}
