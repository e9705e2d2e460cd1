package org.guildhall.notifications.webhook;

import java.time.Duration;

/** Exponential backoff: {@code backoff} after the first failure, doubling, at most {@code maxBackoff}. */
public record RetrySchedule(Duration backoff, Duration maxBackoff, int maxAttempts) {

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The pause after the {@code failedAttempts}-th failed attempt. */
    public Duration pauseAfter(int failedAttempts) {
        Duration pause = backoff.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 30));
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    /** Whether no attempt is left after {@code attempts}. */
    public boolean exhaustedAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    /** From the first attempt to the last. */
    public Duration span() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < maxAttempts; failed++) {
            total = total.plus(pauseAfter(failed));
        }
        return total;
    }
}
