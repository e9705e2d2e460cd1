package org.guildhall.notifications.preference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<Preference, String> {

    /** The member's preferences, or the defaults if they never chose (not stored). */
    public Preference of(String memberId, Instant now) {
        return findByIdOptional(memberId).orElseGet(() -> Preference.defaultsFor(memberId, now));
    }
}
