package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    @Test
    void shouldDoubleThePauseWithEachCrashInARowUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(RestartPolicy.LOCAL::delay))
                .extracting(Duration::toSeconds)
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(RestartPolicy.LOCAL.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RestartPolicy.LOCAL.stableAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldRefuseDelaysThatShrink() {
        assertThatThrownBy(() -> new RestartPolicy(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RestartPolicy.LOCAL.delay(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
