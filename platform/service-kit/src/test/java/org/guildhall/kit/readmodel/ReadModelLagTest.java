package org.guildhall.kit.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadModelLagTest {

    private static final ReadModelSettings SETTINGS = new ReadModelSettings() {
        @Override
        public Duration maxWait() {
            return Duration.ofMillis(400);
        }

        @Override
        public Duration pollInterval() {
            return Duration.ofMillis(10);
        }
    };

    @Test
    void shouldRunTheActionAgainUntilTheReadModelHasCaughtUp() {
        AtomicInteger attempts = new AtomicInteger();
        ReadModelLag lag = new ReadModelLag(SETTINGS, () -> false);

        String result = lag.awaiting(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw NotYetKnown.member("m-1");
            }
            return "registered";
        });

        assertThat(result).isEqualTo("registered");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void shouldGiveUpAfterTheLongestWaitWithTheRetryableProblem() {
        ReadModelLag lag = new ReadModelLag(SETTINGS, () -> false);
        long started = System.nanoTime();

        assertThatThrownBy(() -> lag.awaiting(() -> {
                    throw NotYetKnown.member("m-1");
                }))
                .isInstanceOf(NotYetKnown.class)
                .satisfies(e -> assertThat(((NotYetKnown) e).retryAfter()).isPresent());
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(Duration.ofMillis(350))
                .isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void shouldNeverWaitInsideATransaction() {
        AtomicInteger attempts = new AtomicInteger();
        ReadModelLag lag = new ReadModelLag(SETTINGS, () -> true);

        assertThatThrownBy(() -> lag.awaiting(() -> {
                    attempts.incrementAndGet();
                    throw NotYetKnown.member("m-1");
                }))
                .isInstanceOf(NotYetKnown.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void shouldLetAnyOtherProblemThroughAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        ReadModelLag lag = new ReadModelLag(SETTINGS, () -> false);

        assertThatThrownBy(() -> lag.awaiting(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("no");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }
}
