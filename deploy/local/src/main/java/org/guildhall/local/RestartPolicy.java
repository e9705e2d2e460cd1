package org.guildhall.local;

import java.time.Duration;
import java.util.Objects;

/**
 * When to start a service again that exited on its own: after {@code firstDelay}, doubling with each crash that follows
 * soon after the last restart, up to {@code maxDelay}; a service that ran {@code stableAfter} without a crash starts
 * over at {@code firstDelay}. It never gives up, as Kubernetes' CrashLoopBackOff does not: the local run is meant to
 * heal once the cause (say a database that was down) is gone.
 */
public record RestartPolicy(Duration firstDelay, Duration maxDelay, Duration stableAfter) {

    /** What {@code ./guildhall up} uses: 1 s, 2 s, 4 s ... up to 30 s; a minute without a crash starts over. */
    public static final RestartPolicy LOCAL =
            new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));

    public RestartPolicy {
        Objects.requireNonNull(firstDelay);
        Objects.requireNonNull(maxDelay);
        Objects.requireNonNull(stableAfter);
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("the delays must grow from " + firstDelay + " to " + maxDelay);
        }
    }

    /** The pause before the {@code crashesInARow}-th restart in a row (1 for the first). */
    public Duration delay(int crashesInARow) {
        if (crashesInARow < 1) {
            throw new IllegalArgumentException("crashes in a row start at 1: " + crashesInARow);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < crashesInARow && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
}
