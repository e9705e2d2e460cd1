package org.guildhall.kit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock every service tells time with; a test replaces it with its own {@code Clock} bean to move time. */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock systemUtc() {
        return Clock.systemUTC();
    }
}
