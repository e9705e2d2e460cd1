package org.guildhall.events.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, String> {

    public Optional<CalendarFeed> findBySecret(String secret) {
        return find("secret", secret).firstResultOptional();
    }
}
