package org.guildhall.notifications.reminder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReminderTimingsRepository implements PanacheRepositoryBase<ReminderTimings, Integer> {

    /** The timings in force: the administrator's, else the defaults (not stored). */
    public ReminderTimings current() {
        return findByIdOptional(1).orElseGet(ReminderTimings::defaults);
    }
}
