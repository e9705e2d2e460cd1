package org.guildhall.notifications.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Instant;
import org.guildhall.kit.identity.Caller;

/** An administrator reads and sets when reminders fall due; a change applies to every reminder not yet sent. */
@Path("/notifications/settings/reminders")
@RolesAllowed(Caller.ADMIN)
public class ReminderTimingsResource {

    private final ReminderTimingsRepository timings;
    private final Clock clock;

    ReminderTimingsResource(ReminderTimingsRepository timings, Clock clock) {
        this.timings = timings;
        this.clock = clock;
    }

    @GET
    @Transactional
    public ReminderTimingsView current() {
        return ReminderTimingsView.of(timings.current());
    }

    @PUT
    @Transactional
    public ReminderTimingsView change(@NotNull @Valid ReminderTimingsView wanted) {
        ReminderTimings stored = timings.findByIdOptional(1).orElse(null);
        ReminderTimings current = stored == null ? ReminderTimings.defaults() : stored;
        current.change(
                wanted.eventReminder(),
                wanted.shiftReminder(),
                wanted.seatOfferExpiring(),
                wanted.followUpAfter(),
                wanted.renewalFirst(),
                wanted.renewalLast(),
                wanted.mentorshipQuiet(),
                Instant.now(clock));
        if (stored == null) {
            timings.persist(current); // the first change stores them, checked
        }
        return ReminderTimingsView.of(current);
    }
}
