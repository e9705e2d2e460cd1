package org.guildhall.notifications.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class EventScheduleRepository implements PanacheRepositoryBase<EventSchedule, String> {

    /** Events still going ahead that start within ({@code from}, {@code until}]. */
    public List<EventSchedule> startingBetween(Instant from, Instant until) {
        return list("status <> ?1 and startsAt > ?2 and startsAt <= ?3", EventSchedule.CANCELLED, from, until);
    }

    /** Events not cancelled that ended within [{@code from}, {@code until}). */
    public List<EventSchedule> endedBetween(Instant from, Instant until) {
        return list("status <> ?1 and endsAt >= ?2 and endsAt < ?3", EventSchedule.CANCELLED, from, until);
    }
}
