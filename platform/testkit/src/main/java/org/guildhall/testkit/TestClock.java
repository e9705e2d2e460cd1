package org.guildhall.testkit;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one test clock: in every service's {@code @QuarkusTest}s the service's {@code Clock} bean is {@link #CLOCK}, a
 * {@link MutableClock} a test moves with {@code TestClock.CLOCK.advance(...)} instead of waiting. The testkit's
 * {@code META-INF/beans.xml} makes Quarkus find this producer wherever the testkit is on a test's classpath.
 */
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
