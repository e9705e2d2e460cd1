package org.guildhall.mentoring;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.guildhall.testkit.MutableClock;

/** The clock of every Quarkus test: tests move it forward (never back) to reach expiries and cool-downs. */
@ApplicationScoped
public class TestClock {

    public static final MutableClock CLOCK = MutableClock.startingNow();

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock() {
        return CLOCK;
    }
}
