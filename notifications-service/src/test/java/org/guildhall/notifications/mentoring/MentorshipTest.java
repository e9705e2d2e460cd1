package org.guildhall.notifications.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentorshipTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void shouldBeQuietSinceItBeganUntilASessionIsLogged() {
        Mentorship pair = Mentorship.begin("m1", "grace", "ada", ACCEPTED);
        assertThat(pair.quietSince()).isEqualTo(ACCEPTED);

        pair.sessionLogged(ACCEPTED.plusSeconds(86_400));
        pair.sessionLogged(ACCEPTED.plusSeconds(3_600)); // logged late, but older

        assertThat(pair.quietSince()).isEqualTo(ACCEPTED.plusSeconds(86_400));
    }

    @Test
    void shouldStopBeingActiveWhenCompletedOrEnded() {
        Mentorship completed = Mentorship.begin("m1", "grace", "ada", ACCEPTED);
        completed.complete();
        Mentorship ended = Mentorship.begin("m2", "grace", "ada", ACCEPTED);
        ended.end();

        assertThat(completed.isActive()).isFalse();
        assertThat(ended.isActive()).isFalse();
    }
}
