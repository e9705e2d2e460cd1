package org.guildhall.events;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.guildhall.testkit.MutableClock;

/** The service tells time by this clock in every test; tests that move it put it back. */
public class TestClock {

    public static final MutableClock CLOCK = MutableClock.startingNow();

    // @Singleton, not @ApplicationScoped: MutableClock is final and cannot be proxied
    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
