package org.guildhall.notifications;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.guildhall.testkit.MutableClock;

/** The service tells time by this clock in tests; reminder and e-mail tests move it. */
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
