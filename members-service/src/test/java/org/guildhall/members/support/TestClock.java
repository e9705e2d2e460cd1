package org.guildhall.members.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.guildhall.testkit.MutableClock;

/** The service's clock in tests: real time until a test moves it on. */
public class TestClock {

    public static final MutableClock CLOCK = MutableClock.startingNow();

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
